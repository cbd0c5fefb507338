using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TorchScribe.Export.Archive;

namespace TorchScribe.Import;

/// <summary>
/// Runs a <c>data.pkl</c> or <c>constants.pkl</c> the way libtorch's unpickler would, without running anything: only
/// the opcodes libtorch accepts (<see cref="PickleOpcode"/>), only the globals TorchScript archives use or classes the
/// archive's own code defines, and values nested at most <see cref="MaxDepth"/> deep (libtorch recurses per level and
/// would overflow its stack). The result is the value tree the other checks walk.
/// </summary>
internal sealed class PickleChecker
{
    /// <summary>Deeper than any real module tree, shallow enough for libtorch's recursive walks.</summary>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> PickleFunctions = new(StringComparer.Ordinal)
    {
        "build_intlist", "build_doublelist", "build_boollist", "build_tensorlist", "restore_type_tag",
    };

    private readonly byte[] data;
    private readonly string record;
    private readonly Func<string, string, bool> isArchiveClass;
    private readonly List<PickleValue> stack = new();
    private readonly Stack<int> marks = new();
    private readonly Dictionary<uint, PickleValue> memo = new();
    private int position;

    private PickleChecker(byte[] data, string record, Func<string, string, bool> isArchiveClass)
    {
        this.data = data;
        this.record = record;
        this.isArchiveClass = isArchiveClass;
    }

    /// <summary>The value <paramref name="data"/> unpickles to.</summary>
    /// <param name="data">The pickle's bytes.</param>
    /// <param name="record">The record's name, for messages.</param>
    /// <param name="isArchiveClass">True when the archive's code defines class (module, name).</param>
    /// <exception cref="ArchiveProblem">The pickle is malformed or uses what libtorch must not be given.</exception>
    public static PickleValue Check(byte[] data, string record, Func<string, string, bool> isArchiveClass) =>
        new PickleChecker(data, record, isArchiveClass).Run();

    private PickleValue Run()
    {
        if (data.Length < 2 || data[0] != PickleOpcode.Proto || data[1] != 2)
            throw Problem("it does not start with pickle protocol 2, the only one libtorch reads");
        position = 2;
        while (true)
        {
            int at = position;
            byte opcode = Byte();
            switch (opcode)
            {
                case PickleOpcode.Stop:
                    if (stack.Count != 1 || marks.Count != 0)
                        throw Problem("it stops with " + stack.Count.ToString(CultureInfo.InvariantCulture) + " values on the stack");
                    return stack[0];
                case PickleOpcode.Global:
                    Push(Global(Line(), Line()));
                    break;
                case PickleOpcode.BinUnicode:
                    Push(new PickleScalar(Utf8(checked((int)Math.Min(UInt32(), int.MaxValue)))));
                    break;
                case PickleOpcode.BinInt1:
                    Push(new PickleScalar((long)Byte()));
                    break;
                case PickleOpcode.BinInt2:
                    Push(new PickleScalar((long)BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2))));
                    break;
                case PickleOpcode.BinInt:
                    Push(new PickleScalar((long)BinaryPrimitives.ReadInt32LittleEndian(Bytes(4))));
                    break;
                case PickleOpcode.Long1:
                    if (Byte() != 8)
                        throw Problem($"LONG1 at byte {at} is not 8 bytes long, as libtorch requires");
                    Push(new PickleScalar(BinaryPrimitives.ReadInt64LittleEndian(Bytes(8))));
                    break;
                case PickleOpcode.BinFloat:
                    Push(new PickleScalar(BinaryPrimitives.ReadDoubleBigEndian(Bytes(8))));
                    break;
                case PickleOpcode.NewTrue:
                    Push(new PickleScalar(true));
                    break;
                case PickleOpcode.NewFalse:
                    Push(new PickleScalar(false));
                    break;
                case PickleOpcode.None:
                    Push(new PickleScalar(null));
                    break;
                case PickleOpcode.Mark:
                    if (marks.Count >= MaxDepth)
                        throw TooDeep();
                    marks.Push(stack.Count);
                    break;
                case PickleOpcode.Tuple:
                    Push(new PickleContainer("tuple", PopToMark()));
                    break;
                case PickleOpcode.EmptyTuple:
                    Push(new PickleContainer("tuple", Array.Empty<PickleValue>()));
                    break;
                case PickleOpcode.Tuple1:
                case PickleOpcode.Tuple2:
                case PickleOpcode.Tuple3:
                    Push(new PickleContainer("tuple", Pop(opcode - PickleOpcode.Tuple1 + 1)));
                    break;
                case PickleOpcode.EmptyDict:
                    Push(new PickleContainer("dict", Array.Empty<PickleValue>()));
                    break;
                case PickleOpcode.Dict:
                    Push(Pairs(new PickleContainer("dict", PopToMark())));
                    break;
                case PickleOpcode.SetItem:
                    AddTo("dict", Pop(2));
                    break;
                case PickleOpcode.SetItems:
                    AddTo("dict", Pairs(new PickleContainer("dict", PopToMark())).Items);
                    break;
                case PickleOpcode.EmptyList:
                    Push(new PickleContainer("list", Array.Empty<PickleValue>()));
                    break;
                case PickleOpcode.List:
                    Push(new PickleContainer("list", PopToMark()));
                    break;
                case PickleOpcode.Append:
                    AddTo("list", Pop(1));
                    break;
                case PickleOpcode.Appends:
                    AddTo("list", PopToMark());
                    break;
                case PickleOpcode.NewObj:
                {
                    Pop(1);     // libtorch ignores the arguments
                    Push(NewObject(Pop(1)[0], at));
                    break;
                }
                case PickleOpcode.Build:
                {
                    PickleValue state = Pop(1)[0];
                    PickleObject target = Top() as PickleObject ?? (Top() is PickleGlobal type ? Replace(NewObject(type, at)) : throw Problem($"BUILD at byte {at} has no object to build"));
                    target.Build(state);
                    break;
                }
                case PickleOpcode.Reduce:
                {
                    var arguments = Expect(Pop(1)[0], "tuple", at);
                    Push(Reduce(Pop(1)[0], arguments, at));
                    break;
                }
                case PickleOpcode.BinPersId:
                    Push(Storage(Expect(Pop(1)[0], "tuple", at), at));
                    break;
                case PickleOpcode.BinPut:
                    memo[Byte()] = Top();
                    break;
                case PickleOpcode.LongBinPut:
                    memo[UInt32()] = Top();
                    break;
                case PickleOpcode.BinGet:
                    Push(Memo(Byte(), at));
                    break;
                case PickleOpcode.LongBinGet:
                    Push(Memo(UInt32(), at));
                    break;
                default:
                    throw Problem($"it uses opcode 0x{opcode:x2} at byte {at}, which libtorch's unpickler does not accept");
            }
        }
    }

    private PickleValue Global(string module, string name)
    {
        bool known = (module == "torch._utils" && name == "_rebuild_tensor_v2")
            || (module == "torch" && (name == "device" || StorageTypes.ElementSize(name) is not null))
            || (module == "collections" && name == "OrderedDict")
            || (module == "torch.jit._pickle" && PickleFunctions.Contains(name))
            || isArchiveClass(module, name);
        if (!known && (module == "__torch__" || module.StartsWith("__torch__.", StringComparison.Ordinal)))
            throw Problem($"it names the class '{module}.{name}', which the archive's code does not define");
        if (!known)
            throw Problem($"it refers to the global '{module}.{name}', which is neither a class of the archive's code nor one TorchScript archives use (a Python pickle, not a TorchScript archive?)");
        return new PickleGlobal(module, name);
    }

    private PickleObject NewObject(PickleValue type, int at) =>
        type is PickleGlobal global && isArchiveClass(global.Module, global.Name)
            ? new PickleObject(global)
            : throw Problem($"the object created at byte {at} is not of a class of the archive's code");

    private PickleValue Reduce(PickleValue callable, PickleContainer arguments, int at)
    {
        if (callable is PickleObject instance && arguments.Items.Count == 1 && arguments.Items[0] is PickleContainer { Kind: "dict" } dict)
        {
            instance.Build(dict);       // libtorch treats REDUCE on a new object as BUILD
            return instance;
        }
        if (callable is not PickleGlobal global)
            throw Problem($"REDUCE at byte {at} calls something that is not a function");
        switch (global.Module, global.Name)
        {
            case ("torch._utils", "_rebuild_tensor_v2"):
                return Tensor(arguments, at);
            case ("collections", "OrderedDict"):
                return new PickleContainer("dict", Array.Empty<PickleValue>());
            case ("torch", "device"):
                return arguments.Items.Count == 1 && arguments.Items[0] is PickleScalar { Value: string } device ? device : throw Problem($"torch.device at byte {at} takes one string");
            case ("torch.jit._pickle", _) when arguments.Items.Count >= 1:
                return arguments.Items[0];
        }
        if (isArchiveClass(global.Module, global.Name))
        {
            var created = new PickleObject(global);
            if (arguments.Items.Count == 1 && arguments.Items[0] is PickleContainer { Kind: "dict" } state)
                created.Build(state);
            return created;
        }
        throw Problem($"REDUCE at byte {at} calls '{global}', which cannot be called with these arguments");
    }

    /// <summary>('storage', torch.&lt;T&gt;Storage, key, location, numel): a record of the archive.</summary>
    private PickleStorage Storage(PickleContainer id, int at)
    {
        if (id.Items.Count == 5
            && id.Items[0] is PickleScalar { Value: "storage" }
            && id.Items[1] is PickleGlobal { Module: "torch" } type && StorageTypes.ElementSize(type.Name) is int elementSize
            && id.Items[2] is PickleScalar { Value: string key } && key.Length > 0
            && id.Items[3] is PickleScalar { Value: string }
            && id.Items[4] is PickleScalar { Value: long numel } && numel >= 0)
            return new PickleStorage(key, elementSize, numel);
        throw Problem($"the persistent id at byte {at} is not ('storage', torch.<T>Storage, key, location, numel)");
    }

    /// <summary>_rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks[, metadata]).</summary>
    private PickleTensor Tensor(PickleContainer arguments, int at)
    {
        var items = arguments.Items;
        if (items.Count >= 4 && items[0] is PickleStorage storage && items[1] is PickleScalar { Value: long offset } && offset >= 0
            && Longs(items[2]) is { } size && Longs(items[3]) is { } stride && size.Length == stride.Length
            && size.All(s => s >= 0) && stride.All(s => s >= 0))
        {
            var tensor = new PickleTensor(storage, offset, size, stride);
            return tensor;
        }
        throw Problem($"the tensor at byte {at} does not have a storage, a non-negative offset, and sizes and strides of one length");
    }

    private static long[]? Longs(PickleValue value) =>
        value is PickleContainer { Kind: "tuple" } tuple && tuple.Items.All(i => i is PickleScalar { Value: long })
            ? tuple.Items.Select(i => (long)((PickleScalar)i).Value!).ToArray()
            : null;

    private PickleContainer Pairs(PickleContainer flat) =>
        flat.Items.Count % 2 == 0 ? flat : throw Problem("a dict has a key without a value");

    private void AddTo(string kind, IEnumerable<PickleValue> items)
    {
        if (Top() is not PickleContainer container || container.Kind != kind)
            throw Problem($"it adds items to something that is not a {kind}");
        foreach (PickleValue item in items)
            container.Add(item);
        if (container.Depth > MaxDepth)
            throw TooDeep();
    }

    private PickleContainer Expect(PickleValue value, string kind, int at) =>
        value is PickleContainer container && container.Kind == kind ? container : throw Problem($"the value at byte {at} should be a {kind}");

    private PickleValue Memo(uint id, int at) =>
        memo.TryGetValue(id, out PickleValue? value) ? value : throw Problem($"it reads memo {id} at byte {at}, which was never stored");

    private void Push(PickleValue value)
    {
        if (value.Depth > MaxDepth)
            throw TooDeep();
        stack.Add(value);
    }

    private PickleValue Top() => stack.Count > 0 && (marks.Count == 0 || marks.Peek() < stack.Count) ? stack[^1] : throw Problem("its stack is empty where a value is needed");

    private PickleObject Replace(PickleObject value)
    {
        stack[^1] = value;
        return value;
    }

    private PickleValue[] Pop(int count)
    {
        int floor = marks.Count == 0 ? 0 : marks.Peek();
        if (stack.Count - floor < count)
            throw Problem("its stack is empty where a value is needed");
        var popped = stack.GetRange(stack.Count - count, count).ToArray();
        stack.RemoveRange(stack.Count - count, count);
        return popped;
    }

    private PickleValue[] PopToMark()
    {
        if (marks.Count == 0)
            throw Problem("it closes a MARK that was never opened");
        int mark = marks.Pop();
        var popped = stack.GetRange(mark, stack.Count - mark).ToArray();
        stack.RemoveRange(mark, stack.Count - mark);
        return popped;
    }

    private byte Byte() => position < data.Length ? data[position++] : throw Truncated();

    private ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || data.Length - position < count)
            throw Truncated();
        var span = new ReadOnlySpan<byte>(data, position, count);
        position += count;
        return span;
    }

    private uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

    private string Utf8(int length) => Encoding.UTF8.GetString(Bytes(length));

    /// <summary>A GLOBAL's line: printable ASCII up to a newline, as libtorch reads it.</summary>
    private string Line()
    {
        int end = Array.IndexOf(data, (byte)'\n', position, Math.Min(data.Length - position, 1024));
        if (end < 0)
            throw Problem("a GLOBAL name is not terminated within 1024 bytes");
        var bytes = new ReadOnlySpan<byte>(data, position, end - position);
        foreach (byte b in bytes)
        {
            if (b < 0x20 || b > 0x7e)
                throw Problem("a GLOBAL name is not printable ASCII");
        }
        position = end + 1;
        return Encoding.ASCII.GetString(bytes);
    }

    private ArchiveProblem Truncated() => Problem("it ends before its STOP opcode");

    private ArchiveProblem TooDeep() => Problem($"its values nest more than {MaxDepth} levels deep, which libtorch cannot load without overflowing its stack");

    private ArchiveProblem Problem(string what) => new($"{record}: {what}.");
}
