using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using TorchScribe.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScribe.Export.Archive;

/// <summary>Pickles an exported module tree into <c>data.pkl</c>, collecting the tensor storages it references.</summary>
internal sealed class ObjectPickler
{
    private readonly PickleWriter writer = new();
    private readonly List<(string Key, Tensor Tensor)> storages = new();
    private readonly Dictionary<IntPtr, string> storageKeys = new();

    /// <summary>The storages referenced, in the order they were first met: record <c>data/&lt;key&gt;</c> each.</summary>
    public IReadOnlyList<(string Key, Tensor Tensor)> Storages => storages;

    public byte[] Pickle(ScriptObject root)
    {
        Object(root);
        writer.Put("root");           // libtorch memoizes the top-level object after BUILD
        return writer.Finish();
    }

    /// <summary><c>constants.pkl</c> with no tensor constants: an empty tuple.</summary>
    public static byte[] EmptyConstants()
    {
        var constants = new PickleWriter();
        constants.EmptyTupleOp();
        return constants.Finish();
    }

    private void Object(ScriptObject value)
    {
        writer.Global(value.Class.ClassName.Module, value.Class.ClassName.Name);
        writer.EmptyTupleOp();
        writer.NewObjOp();
        writer.EmptyDictOp();
        writer.MarkOp();
        foreach (string name in value.Class.AttributeOrder)
        {
            var (type, attribute) = value.Attributes[name];
            writer.String(name);
            Value(attribute, type);
        }
        writer.SetItemsOp();
        writer.BuildOp();
    }

    private void Value(object? value, ScriptType? type)
    {
        type = type?.NonOptional;
        switch (value)
        {
            case null:
                writer.NoneOp();
                return;
            case ScriptObject module:
                Object(module);
                return;
            case Tensor tensor:
                Tensor(tensor);
                return;
            case bool b:
                writer.Bool(b);
                return;
            case string s:
                writer.String(s);
                return;
            case float or double:
                writer.Float(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                return;
            case sbyte or byte or short or ushort or int or long or uint:
                if (type?.Kind == ScriptTypeKind.Float)
                    writer.Float(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                else
                    writer.Int(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case Enum e:
                writer.Int(Convert.ToInt64(e, CultureInfo.InvariantCulture));
                return;
            case Device device:
                // As Python pickles torch.device: torch.device("cuda:0"), which libtorch's unpickler rebuilds.
                writer.Global("torch", "device");
                writer.String(device.index < 0 ? device.type.ToString().ToLowerInvariant() : $"{device.type.ToString().ToLowerInvariant()}:{device.index}");
                writer.SmallTuple(1);
                writer.ReduceOp();
                return;
            case ScriptTuple typed:
                TypedTuple(typed);
                return;
            case ITuple tuple:
                Tuple(tuple, type);
                return;
            case IDictionary dictionary:
                Dictionary(dictionary, type);
                return;
            case IEnumerable list:
                List(list, type);
                return;
            default:
                throw new NotSupportedException($"a value of type {value.GetType().Name} cannot be stored in a TorchScript archive");
        }
    }

    private void Tuple(ITuple tuple, ScriptType? type)
    {
        bool small = tuple.Length <= 3;
        if (!small)
            writer.MarkOp();
        for (int i = 0; i < tuple.Length; i++)
            Value(tuple[i], type is { Kind: ScriptTypeKind.Tuple } && i < type.Arguments.Count ? type.Arguments[i] : null);
        if (small)
            writer.SmallTuple(tuple.Length);
        else
            writer.TupleOpcode();
    }

    private void TypedTuple(ScriptTuple tuple)
    {
        bool small = tuple.Items.Count <= 3;
        if (!small)
            writer.MarkOp();
        foreach (var (type, value) in tuple.Items)
            Value(value, type);
        if (small)
            writer.SmallTuple(tuple.Items.Count);
        else
            writer.TupleOpcode();
    }

    /// <summary>Typed lists: libtorch reads an untagged list as a generic list, which breaks ops taking int[].</summary>
    private void List(IEnumerable list, ScriptType? type)
    {
        ScriptType element = type is { Kind: ScriptTypeKind.List } ? type.Arguments[0] : throw Untyped("a list", type);
        string? builder = element.Kind switch
        {
            ScriptTypeKind.Int => "build_intlist",
            ScriptTypeKind.Float => "build_doublelist",
            ScriptTypeKind.Bool => "build_boollist",
            ScriptTypeKind.Tensor => "build_tensorlist",
            _ => null,
        };
        if (builder is not null)
        {
            writer.Global("torch.jit._pickle", builder);
            writer.MarkOp();
            Items();
            writer.TupleOpcode();
            writer.ReduceOp();
            return;
        }
        writer.Global("torch.jit._pickle", "restore_type_tag");
        Items();
        writer.String(type.ToString());
        writer.SmallTuple(2);
        writer.ReduceOp();

        void Items()
        {
            writer.EmptyListOp();
            writer.MarkOp();
            foreach (object? item in list)
                Value(item, element);
            writer.AppendsOp();
        }
    }

    private void Dictionary(IDictionary dictionary, ScriptType? type)
    {
        if (type is not { Kind: ScriptTypeKind.Dict })
            throw Untyped("a dictionary", type);
        ScriptType key = type.Arguments[0];
        ScriptType value = type.Arguments[1];
        writer.Global("torch.jit._pickle", "restore_type_tag");
        writer.EmptyDictOp();
        writer.MarkOp();
        foreach (DictionaryEntry entry in dictionary)
        {
            Value(entry.Key, key);
            Value(entry.Value, value);
        }
        writer.SetItemsOp();
        writer.String(type.ToString());
        writer.SmallTuple(2);
        writer.ReduceOp();
    }

    private static NotSupportedException Untyped(string what, ScriptType? type) =>
        new($"{what} cannot be stored where the TorchScript type is {type?.ToString() ?? "unknown"}");

    /// <summary>A tensor as <c>torch._utils._rebuild_tensor_v2</c> over a contiguous storage of its own.</summary>
    private void Tensor(Tensor tensor)
    {
        string identity = "t:" + tensor.Handle.ToString(CultureInfo.InvariantCulture);
        if (writer.TryGet(identity))
            return;
        long[] shape = tensor.shape;
        writer.Global("torch._utils", "_rebuild_tensor_v2");
        writer.MarkOp();
        Storage(tensor);
        writer.Int(0);
        writer.MarkOp();
        foreach (long size in shape)
            writer.Int(size);
        writer.TupleOpcode();
        writer.MarkOp();
        foreach (long stride in ContiguousStrides(shape))
            writer.Int(stride);
        writer.TupleOpcode();
        writer.Bool(tensor.requires_grad);
        writer.Global("collections", "OrderedDict");
        writer.EmptyTupleOp();
        writer.ReduceOp();
        writer.TupleOpcode();
        writer.ReduceOp();
        writer.Put(identity);
    }

    private void Storage(Tensor tensor)
    {
        if (!storageKeys.TryGetValue(tensor.Handle, out string? key))
        {
            key = storages.Count.ToString(CultureInfo.InvariantCulture);
            storageKeys.Add(tensor.Handle, key);
            storages.Add((key, tensor));
        }
        if (writer.TryGet("st:" + key))
            return;
        writer.MarkOp();
        writer.String("storage");
        writer.Global("torch", StorageTypes.NameOf(tensor.dtype));
        writer.String(key);
        writer.String("cpu");
        writer.Int(tensor.numel());
        writer.TupleOpcode();
        writer.BinPersIdOp();
        writer.Put("st:" + key);
    }

    private static long[] ContiguousStrides(long[] shape)
    {
        var strides = new long[shape.Length];
        long stride = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= Math.Max(shape[i], 1);
        }
        return strides;
    }
}
