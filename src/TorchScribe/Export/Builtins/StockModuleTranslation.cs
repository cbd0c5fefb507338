using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TorchScribe.Runtime;
using static TorchSharp.torch;

namespace TorchScribe.Export.Builtins;

/// <summary>Describes instances of one stock TorchSharp module type for export (named by a <see cref="StockModuleAttribute"/>).</summary>
internal interface IStockModuleTranslation
{
    ModuleDescription Describe(nn.Module module, string path);
}

/// <summary>A translation of <typeparamref name="TModule"/>: PyTorch's class, attributes and forward, for one instance.</summary>
internal abstract class StockModuleTranslation<TModule> : IStockModuleTranslation where TModule : nn.Module
{
    public ModuleDescription Describe(nn.Module module, string path) => Describe((TModule)module, path);

    protected abstract ModuleDescription Describe(TModule module, string path);
}

/// <summary>The stock modules export translates: the <see cref="StockModuleAttribute"/>s of this assembly.</summary>
internal static class StockModuleTable
{
    private static readonly Dictionary<Type, IStockModuleTranslation> Translations = typeof(StockModuleTable).Assembly
        .GetCustomAttributes<StockModuleAttribute>()
        .ToDictionary(a => a.ModuleType, a => (IStockModuleTranslation)Activator.CreateInstance(a.Translation)!);

    /// <summary>The module types listed, for tests and reports.</summary>
    public static IReadOnlyCollection<Type> ModuleTypes => Translations.Keys;

    /// <summary>The description of a stock module, or null when <paramref name="module"/> is not one export translates.</summary>
    public static ModuleDescription? Describe(nn.Module module, string path)
    {
        Type type = module.GetType();
        if (type.IsGenericType)
            type = type.GetGenericTypeDefinition();
        return Translations.TryGetValue(type, out IStockModuleTranslation? translation) ? translation.Describe(module, path) : null;
    }
}
