using System.Security.Cryptography;
using AiFactory.Core.Fingerprints;

namespace AiFactory.Core.Tests.Fingerprints;

public sealed class FileHashCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aif-hash-" + Guid.NewGuid().ToString("N"));

    public FileHashCacheTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Hashes_are_sha256_of_the_content_and_survive_a_reload()
    {
        string file = Path.Combine(_folder, "data.csv");
        File.WriteAllText(file, "a,b\n1,2\n");
        string expected = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))).ToLowerInvariant();
        string cachePath = Path.Combine(_folder, "cache");

        FileHashCache cache = FileHashCache.Load(cachePath);
        Assert.Equal(expected, cache.GetHash(file));
        cache.Save();
        Assert.Contains(expected, File.ReadAllText(cachePath));
        Assert.Equal(expected, FileHashCache.Load(cachePath).GetHash(file));
    }

    [Fact]
    public void A_cached_hash_is_trusted_only_while_length_and_time_are_unchanged()
    {
        string file = Path.Combine(_folder, "data.csv");
        File.WriteAllText(file, "one");
        string cachePath = Path.Combine(_folder, "cache");
        FileHashCache cache = FileHashCache.Load(cachePath);
        string first = cache.GetHash(file);
        cache.Save();

        // Proof the cache is used: a forged entry for the unchanged file is returned as is.
        var info = new FileInfo(file);
        File.WriteAllText(cachePath, $"{info.FullName}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\tforged\n");
        Assert.Equal("forged", FileHashCache.Load(cachePath).GetHash(file));

        // Any change of content (here with the same length) moves the time, and the hash is computed again.
        File.WriteAllText(file, "two");
        File.SetLastWriteTimeUtc(file, info.LastWriteTimeUtc.AddSeconds(1));
        string second = FileHashCache.Load(cachePath).GetHash(file);
        Assert.NotEqual("forged", second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_damaged_cache_file_is_an_empty_cache()
    {
        string file = Path.Combine(_folder, "data.csv");
        File.WriteAllText(file, "x");
        string cachePath = Path.Combine(_folder, "cache");
        File.WriteAllText(cachePath, "garbage\tline\n\0\0\0");
        Assert.Equal(Sha256.OfText("x"), FileHashCache.Load(cachePath).GetHash(file));
    }
}
