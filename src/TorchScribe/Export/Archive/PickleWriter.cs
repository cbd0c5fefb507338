using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TorchScribe.Export.Archive;

/// <summary>
/// Writes pickle protocol 2 as libtorch's own pickler does, opcode for opcode, including its memoization rules
/// (globals and strings by value, storages by key, the root object after BUILD), so <c>data.pkl</c> comes out
/// byte-identical to what <c>torch.jit.save</c> writes for the same module.
/// </summary>
internal sealed class PickleWriter
{
    private const byte Proto = 0x80, GlobalCode = (byte)'c', BinUnicode = (byte)'X', BinInt1 = (byte)'K', BinInt2 = (byte)'M',
        BinInt = (byte)'J', Long1 = 0x8a, BinFloat = (byte)'G', NewTrue = 0x88, NewFalse = 0x89, None = (byte)'N',
        Mark = (byte)'(', TupleOp = (byte)'t', EmptyTuple = (byte)')', Tuple1 = 0x85, Tuple2 = 0x86, Tuple3 = 0x87,
        EmptyDict = (byte)'}', SetItems = (byte)'u', EmptyList = (byte)']', Appends = (byte)'e', NewObj = 0x81,
        Build = (byte)'b', Reduce = (byte)'R', BinPersId = (byte)'Q', BinPut = (byte)'q', LongBinPut = (byte)'r',
        BinGet = (byte)'h', LongBinGet = (byte)'j', Stop = (byte)'.';

    private readonly MemoryStream stream = new();
    private readonly Dictionary<string, uint> memo = new(StringComparer.Ordinal);
    private uint nextMemo;

    public PickleWriter() => stream.Write(new[] { Proto, (byte)2 }, 0, 2);

    public void Op(byte opcode) => stream.WriteByte(opcode);

    public void MarkOp() => Op(Mark);

    public void TupleOpcode() => Op(TupleOp);

    public void EmptyTupleOp() => Op(EmptyTuple);

    public void EmptyDictOp() => Op(EmptyDict);

    public void SetItemsOp() => Op(SetItems);

    public void EmptyListOp() => Op(EmptyList);

    public void AppendsOp() => Op(Appends);

    public void NewObjOp() => Op(NewObj);

    public void BuildOp() => Op(Build);

    public void ReduceOp() => Op(Reduce);

    public void NoneOp() => Op(None);

    public void BinPersIdOp() => Op(BinPersId);

    /// <summary>TUPLE1/2/3 for small tuples, as libtorch writes tuple values.</summary>
    public void SmallTuple(int size)
    {
        switch (size)
        {
            case 0: Op(EmptyTuple); break;
            case 1: Op(Tuple1); break;
            case 2: Op(Tuple2); break;
            case 3: Op(Tuple3); break;
            default: throw new ArgumentOutOfRangeException(nameof(size), "use MARK ... TUPLE for larger tuples");
        }
    }

    /// <summary>A GLOBAL, memoized by module and name.</summary>
    public void Global(string module, string name)
    {
        if (TryGet("g:" + module + "\n" + name))
            return;
        Op(GlobalCode);
        byte[] text = Encoding.ASCII.GetBytes(module + "\n" + name + "\n");
        stream.Write(text, 0, text.Length);
        Put("g:" + module + "\n" + name);
    }

    /// <summary>A string, memoized by value.</summary>
    public void String(string value)
    {
        if (TryGet("s:" + value))
            return;
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        Op(BinUnicode);
        WriteUInt32((uint)bytes.Length);
        stream.Write(bytes, 0, bytes.Length);
        Put("s:" + value);
    }

    public void Int(long value)
    {
        if (value >= 0 && value <= byte.MaxValue)
        {
            Op(BinInt1);
            stream.WriteByte((byte)value);
        }
        else if (value >= 0 && value <= ushort.MaxValue)
        {
            Op(BinInt2);
            stream.WriteByte((byte)value);
            stream.WriteByte((byte)(value >> 8));
        }
        else if (value >= int.MinValue && value <= int.MaxValue)
        {
            Op(BinInt);
            WriteUInt32(unchecked((uint)(int)value));
        }
        else
        {
            // libtorch only reads LONG1 with an 8-byte payload.
            Op(Long1);
            stream.WriteByte(8);
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
            stream.Write(bytes);
        }
    }

    public void Float(double value)
    {
        Op(BinFloat);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        stream.Write(bytes);
    }

    public void Bool(bool value) => Op(value ? NewTrue : NewFalse);

    /// <summary>Writes a BINGET when <paramref name="key"/> was memoized before; true if so.</summary>
    public bool TryGet(string key)
    {
        if (!memo.TryGetValue(key, out uint id))
            return false;
        if (id <= byte.MaxValue)
        {
            Op(BinGet);
            stream.WriteByte((byte)id);
        }
        else
        {
            Op(LongBinGet);
            WriteUInt32(id);
        }
        return true;
    }

    /// <summary>Memoizes the value just written under <paramref name="key"/> (BINPUT).</summary>
    public void Put(string key)
    {
        uint id = nextMemo++;
        memo[key] = id;
        if (id <= byte.MaxValue)
        {
            Op(BinPut);
            stream.WriteByte((byte)id);
        }
        else
        {
            Op(LongBinPut);
            WriteUInt32(id);
        }
    }

    /// <summary>Ends the pickle and returns its bytes.</summary>
    public byte[] Finish()
    {
        Op(Stop);
        return stream.ToArray();
    }

    private void WriteUInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }
}
