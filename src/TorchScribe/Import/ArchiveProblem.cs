using System;

namespace TorchScribe.Import;

/// <summary>What the load-time checks found wrong with an archive; <see cref="TorchScript.Load(string)"/> reports it with the path.</summary>
internal sealed class ArchiveProblem(string message) : Exception(message);
