using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TorchScribe.Export.Builtins;

internal static partial class BuiltinModules
{
    /// <summary>
    /// Native-backed modules: their options are not readable from .NET, so they come from <see cref="ScriptModules"/>.
    /// A module created by torch.nn directly cannot be exported faithfully, and guessing would silently change results.
    /// </summary>
    private static ModuleDescription? Native(nn.Module module, string path)
    {
        switch (module)
        {
            case Embedding embedding:
                return Embedding(embedding, Options<EmbeddingOptions>(module, path, "Embedding"));
            case EmbeddingBag bag:
                return EmbeddingBag(bag, Options<EmbeddingBagOptions>(module, path, "EmbeddingBag"));
            case MultiheadAttention attention:
                return MultiheadAttention(attention, Options<MultiheadAttentionOptions>(module, path, "MultiheadAttention"));
            case TransformerEncoderLayer layer:
                return TransformerEncoderLayer(layer, Options<TransformerEncoderLayerOptions>(module, path, "TransformerEncoderLayer"), path);
            case TransformerEncoder encoder:
                return TransformerEncoder(encoder, Options<TransformerEncoderOptions>(module, path, "TransformerEncoder"), path);
            default:
                return null;
        }
    }

    private static TOptions Options<TOptions>(nn.Module module, string path, string factory) where TOptions : class =>
        ScriptModules.OptionsOf<TOptions>(module) ?? throw new TorchScriptExportException(path,
            $"'{factory}' is a native libtorch module whose options TorchSharp cannot read back; create it with TorchScribe.ScriptModules.{factory}(...) (same parameters as torch.nn.{factory}), which records them.");
}
