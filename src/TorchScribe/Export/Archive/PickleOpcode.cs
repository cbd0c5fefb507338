namespace TorchScribe.Export.Archive;

/// <summary>
/// The pickle protocol 2 opcodes libtorch's unpickler accepts (docs: the archive format reference, §3.1). The writer
/// emits them and the load-time checker accepts exactly these, so what TorchScribe writes it also reads.
/// </summary>
internal static class PickleOpcode
{
    public const byte Proto = 0x80, Global = (byte)'c', BinUnicode = (byte)'X', BinInt1 = (byte)'K', BinInt2 = (byte)'M',
        BinInt = (byte)'J', Long1 = 0x8a, BinFloat = (byte)'G', NewTrue = 0x88, NewFalse = 0x89, None = (byte)'N',
        Mark = (byte)'(', Tuple = (byte)'t', EmptyTuple = (byte)')', Tuple1 = 0x85, Tuple2 = 0x86, Tuple3 = 0x87,
        EmptyDict = (byte)'}', Dict = (byte)'d', SetItem = (byte)'s', SetItems = (byte)'u', EmptyList = (byte)']', List = (byte)'l',
        Append = (byte)'a', Appends = (byte)'e', NewObj = 0x81, Build = (byte)'b', Reduce = (byte)'R', BinPersId = (byte)'Q',
        BinPut = (byte)'q', LongBinPut = (byte)'r', BinGet = (byte)'h', LongBinGet = (byte)'j', Stop = (byte)'.';
}
