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
    private readonly MemoryStream stream = new();
    private readonly Dictionary<string, uint> memo = new(StringComparer.Ordinal);
    private uint nextMemo;

    public PickleWriter() => stream.Write(new[] { PickleOpcode.Proto, (byte)2 }, 0, 2);

    public void Op(byte opcode) => stream.WriteByte(opcode);

    public void MarkOp() => Op(PickleOpcode.Mark);

    public void TupleOpcode() => Op(PickleOpcode.Tuple);

    public void EmptyTupleOp() => Op(PickleOpcode.EmptyTuple);

    public void EmptyDictOp() => Op(PickleOpcode.EmptyDict);

    public void SetItemsOp() => Op(PickleOpcode.SetItems);

    public void EmptyListOp() => Op(PickleOpcode.EmptyList);

    public void AppendsOp() => Op(PickleOpcode.Appends);

    public void NewObjOp() => Op(PickleOpcode.NewObj);

    public void BuildOp() => Op(PickleOpcode.Build);

    public void ReduceOp() => Op(PickleOpcode.Reduce);

    public void NoneOp() => Op(PickleOpcode.None);

    public void BinPersIdOp() => Op(PickleOpcode.BinPersId);

    /// <summary>TUPLE1/2/3 for small tuples, as libtorch writes tuple values.</summary>
    public void SmallTuple(int size)
    {
        switch (size)
        {
            case 0: Op(PickleOpcode.EmptyTuple); break;
            case 1: Op(PickleOpcode.Tuple1); break;
            case 2: Op(PickleOpcode.Tuple2); break;
            case 3: Op(PickleOpcode.Tuple3); break;
            default: throw new ArgumentOutOfRangeException(nameof(size), "use MARK ... TUPLE for larger tuples");
        }
    }

    /// <summary>A GLOBAL, memoized by module and name.</summary>
    public void Global(string module, string name)
    {
        if (TryGet("g:" + module + "\n" + name))
            return;
        Op(PickleOpcode.Global);
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
        Op(PickleOpcode.BinUnicode);
        WriteUInt32((uint)bytes.Length);
        stream.Write(bytes, 0, bytes.Length);
        Put("s:" + value);
    }

    public void Int(long value)
    {
        if (value >= 0 && value <= byte.MaxValue)
        {
            Op(PickleOpcode.BinInt1);
            stream.WriteByte((byte)value);
        }
        else if (value >= 0 && value <= ushort.MaxValue)
        {
            Op(PickleOpcode.BinInt2);
            stream.WriteByte((byte)value);
            stream.WriteByte((byte)(value >> 8));
        }
        else if (value >= int.MinValue && value <= int.MaxValue)
        {
            Op(PickleOpcode.BinInt);
            WriteUInt32(unchecked((uint)(int)value));
        }
        else
        {
            // libtorch only reads LONG1 with an 8-byte payload.
            Op(PickleOpcode.Long1);
            stream.WriteByte(8);
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
            stream.Write(bytes);
        }
    }

    public void Float(double value)
    {
        Op(PickleOpcode.BinFloat);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        stream.Write(bytes);
    }

    public void Bool(bool value) => Op(value ? PickleOpcode.NewTrue : PickleOpcode.NewFalse);

    /// <summary>Writes a BINGET when <paramref name="key"/> was memoized before; true if so.</summary>
    public bool TryGet(string key)
    {
        if (!memo.TryGetValue(key, out uint id))
            return false;
        if (id <= byte.MaxValue)
        {
            Op(PickleOpcode.BinGet);
            stream.WriteByte((byte)id);
        }
        else
        {
            Op(PickleOpcode.LongBinGet);
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
            Op(PickleOpcode.BinPut);
            stream.WriteByte((byte)id);
        }
        else
        {
            Op(PickleOpcode.LongBinPut);
            WriteUInt32(id);
        }
    }

    /// <summary>Ends the pickle and returns its bytes.</summary>
    public byte[] Finish()
    {
        Op(PickleOpcode.Stop);
        return stream.ToArray();
    }

    private void WriteUInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }
}
