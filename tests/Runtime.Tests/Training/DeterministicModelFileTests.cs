using System.IO.Compression;
using AiFactory.Training;

namespace AiFactory.Runtime.Tests.Training;

public sealed class DeterministicModelFileTests
{
    private static byte[] Zip(DateTimeOffset time, params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                ZipArchiveEntry entry = zip.CreateEntry(name);
                entry.LastWriteTime = time;
                using var writer = new StreamWriter(entry.Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void Zips_that_differ_only_in_timestamps_and_order_normalize_to_the_same_bytes()
    {
        byte[] first = Zip(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), ("b.bin", "two"), ("a.txt", "one"));
        byte[] second = Zip(new DateTimeOffset(2025, 6, 7, 8, 9, 10, TimeSpan.Zero), ("a.txt", "one"), ("b.bin", "two"));
        Assert.NotEqual(first, second);
        Assert.Equal(DeterministicModelFile.Normalize(first), DeterministicModelFile.Normalize(second));
    }

    [Fact]
    public void Normalizing_keeps_every_entry_and_its_content()
    {
        byte[] normalized = DeterministicModelFile.Normalize(Zip(DateTimeOffset.Now, ("a.txt", "one"), ("dir/b.bin", "two")));
        using var zip = new ZipArchive(new MemoryStream(normalized));
        Assert.Equal(new[] { "a.txt", "dir/b.bin" }, zip.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(zip.GetEntry("dir/b.bin")!.Open());
        Assert.Equal("two", reader.ReadToEnd());
    }

    [Fact]
    public void A_different_content_gives_different_bytes()
    {
        var time = DateTimeOffset.Now;
        Assert.NotEqual(DeterministicModelFile.Normalize(Zip(time, ("a.txt", "one"))), DeterministicModelFile.Normalize(Zip(time, ("a.txt", "uno"))));
    }
}
