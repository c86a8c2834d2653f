using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary>
/// Containment with symbolic links followed (the refused links are cases of the hostile corpus): a link that stays in
/// the repository is accepted, the path kept as written; a link loop ends; without IO, links are not looked at.
/// Off Windows only, where creating a link needs no rights.
/// </summary>
public sealed class DataPathLinkTests : IDisposable
{
    private const string Manifest = "{\n  \"model\": { \"name\": \"M\" },\n  \"data\": {\n    \"train\": \"data/train.csv\",\n    \"test\": \"data/test.csv\",\n    \"label\": \"y\", \"positive\": \"1\"\n  }\n}\n";

    private readonly TempFolder _temp = new();

    public DataPathLinkTests()
    {
        _temp.Folder("repo/.git");
        _temp.File("repo/models/loan/data/train.csv");
    }

    public void Dispose() => _temp.Dispose();

    private ManifestReadResult Read(bool io = true) => ManifestReader.Read(_temp.PathOf("repo/models/loan/aifactory.json"), Manifest,
        new ManifestReadOptions { RepositoryRoot = _temp.PathOf("repo"), FileExists = io ? File.Exists : null });

    [UnixFact]
    public void A_link_to_a_file_elsewhere_in_the_repository_is_accepted_and_kept_as_written()
    {
        File.CreateSymbolicLink(_temp.PathOf("repo/models/loan/data/test.csv"), _temp.File("repo/shared/test.csv"));

        ManifestReadResult read = Read();

        Assert.Empty(read.Diagnostics);
        Assert.Equal(_temp.PathOf("repo/models/loan/data/test.csv"), read.Manifest!.Data.TestPath);
    }

    [UnixFact]
    public void A_relative_link_and_a_linked_folder_that_stay_inside_are_accepted()
    {
        _temp.File("repo/shared/data/test.csv");
        File.CreateSymbolicLink(_temp.PathOf("repo/models/loan/data/test.csv"), Path.Combine("..", "..", "..", "shared", "data", "test.csv"));
        Assert.Empty(Read().Diagnostics);

        File.Delete(_temp.PathOf("repo/models/loan/data/test.csv"));
        File.Move(_temp.PathOf("repo/models/loan/data/train.csv"), _temp.PathOf("repo/shared/data/train.csv"));
        Directory.Delete(_temp.PathOf("repo/models/loan/data"));
        Directory.CreateSymbolicLink(_temp.PathOf("repo/models/loan/data"), _temp.PathOf("repo/shared/data"));
        Assert.Empty(Read().Diagnostics);
    }

    [UnixFact]
    public void A_repository_reached_through_a_link_is_still_the_repository()
    {
        _temp.File("repo/models/loan/data/test.csv");
        Directory.CreateSymbolicLink(_temp.PathOf("alias"), _temp.PathOf("repo"));

        ManifestReadResult read = ManifestReader.Read(_temp.PathOf("alias/models/loan/aifactory.json"), Manifest,
            new ManifestReadOptions { RepositoryRoot = _temp.PathOf("alias"), FileExists = File.Exists });

        Assert.Empty(read.Diagnostics);
    }

    [UnixFact]
    public async Task A_link_loop_ends_the_reading()
    {
        File.CreateSymbolicLink(_temp.PathOf("repo/models/loan/data/test.csv"), _temp.PathOf("repo/models/loan/data/loop.csv"));
        File.CreateSymbolicLink(_temp.PathOf("repo/models/loan/data/loop.csv"), _temp.PathOf("repo/models/loan/data/test.csv"));

        // Inside the repository either way; the file cannot be opened, which the data reader reports when it reads it.
        Task<ManifestReadResult> reading = Task.Run(() => Read());
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(20))) == reading, "following a loop of links did not end");
        Assert.DoesNotContain((await reading).Diagnostics, d => d.Code == DiagnosticIds.PathOutsideRepository);
    }

    [UnixFact]
    public void Without_IO_links_are_not_followed_as_analyzers_cannot_look()
    {
        File.CreateSymbolicLink(_temp.PathOf("repo/models/loan/data/test.csv"), _temp.File("outside/test.csv"));

        Assert.Empty(Read(io: false).Diagnostics);
        Assert.Equal(DiagnosticIds.PathOutsideRepository, Assert.Single(Read().Diagnostics).Code);
    }
}
