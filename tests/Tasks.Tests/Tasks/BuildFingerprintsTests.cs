using AiFactory.Core.Fingerprints;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;

namespace AiFactory.Build.Tasks.Tests.Tasks;

/// <summary>
/// Two builds of one project at once: the other build's compiler holds the model assembly while this one hashes it.
/// The build waits for it, and reports a coded error, not a stack trace, when it stays held.
/// </summary>
public sealed class BuildFingerprintsTests : IDisposable
{
    private readonly TaskTestProject _project = new();

    public void Dispose() => _project.Dispose();

    private ModelManifest Manifest() => ManifestReader.ReadFile(_project.ManifestPath, new ManifestReadOptions()).Manifest!;

    private BuildFingerprints Compute(TimeSpan wait) =>
        BuildFingerprints.ComputeWhenReadable(Manifest(), _project.AssemblyPath, _project.Folder, Array.Empty<string>(), "1.0.0",
            FileHashCache.Load(Path.Combine(_project.Folder, "hashes.cache")), Path.Combine(_project.Folder, "M.csproj"), wait);

    // How a writer (the compiler) holds a file on every platform .NET runs on: no sharing.
    private FileStream Hold() => new(_project.AssemblyPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

    [Fact]
    public async Task An_assembly_released_within_the_wait_is_hashed_as_if_it_had_never_been_held()
    {
        string free = Compute(TimeSpan.FromSeconds(1)).Training;
        FileStream held = Hold();
        Task release = Task.Delay(400).ContinueWith(_ => held.Dispose(), TaskScheduler.Default);

        // A fresh cache, so the assembly is read again rather than taken from the first computation's cache.
        File.Delete(Path.Combine(_project.Folder, "hashes.cache"));
        string waited = Compute(TimeSpan.FromSeconds(20)).Training;
        await release;
        Assert.Equal(free, waited);
    }

    [Fact]
    public void An_assembly_held_past_the_wait_is_AIF2036_at_the_project()
    {
        using FileStream held = Hold();
        DiagnosticException e = Assert.Throws<DiagnosticException>(() => Compute(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(DiagnosticIds.BuildInputInUse, e.Diagnostic.Code);
        Assert.Equal(Path.Combine(_project.Folder, "M.csproj"), e.Diagnostic.Location!.File);
        Assert.Contains("Model.dll", e.Diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("let that build finish, then build again", e.Diagnostic.Message, StringComparison.Ordinal);
    }
}
