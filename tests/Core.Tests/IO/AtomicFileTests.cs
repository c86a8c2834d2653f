using System.Text;
using AiFactory.Core.IO;

namespace AiFactory.Core.Tests.IO;

public class AtomicFileTests
{
    [Fact]
    public void Writes_utf8_without_a_byte_order_mark()
    {
        using var temp = new TempFolder();
        string path = temp.File("sub/results.json");

        Assert.True(AtomicFile.WriteAllTextIfChanged(path, "é\n"));

        Assert.Equal(new byte[] { 0xC3, 0xA9, 0x0A }, File.ReadAllBytes(path));
    }

    [Fact]
    public void Unchanged_contents_leave_the_file_and_its_timestamp_alone()
    {
        using var temp = new TempFolder();
        string path = temp.File("results.json");
        File.WriteAllText(path, "{}\n", new UTF8Encoding(false));
        var old = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        Assert.False(AtomicFile.WriteAllTextIfChanged(path, "{}\n"));
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));

        Assert.True(AtomicFile.WriteAllTextIfChanged(path, "{ }\n"));
        Assert.Equal("{ }\n", File.ReadAllText(path));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_is_rewritten_without_it()
    {
        using var temp = new TempFolder();
        string path = temp.File("a.json");
        File.WriteAllText(path, "{}", new UTF8Encoding(true));

        Assert.True(AtomicFile.WriteAllTextIfChanged(path, "{}"));
        Assert.Equal(2, File.ReadAllBytes(path).Length);
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_old_file_intact_and_no_temp_file()
    {
        using var temp = new TempFolder();
        string path = temp.File("model.zip");
        File.WriteAllBytes(path, new byte[] { 1, 2, 3 });

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[] { 9, 9, 9, 9, 9 }, 0, 5);
            throw new IOException("disk full");
        }));

        Assert.Equal("disk full", error.Message);
        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
        Assert.Equal(new[] { "model.zip" }, Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteAllBytes_replaces_an_existing_file()
    {
        using var temp = new TempFolder();
        string path = temp.File("model.zip");
        File.WriteAllBytes(path, new byte[] { 1, 2, 3 });

        AtomicFile.WriteAllBytes(path, new byte[] { 4, 5 });

        Assert.Equal(new byte[] { 4, 5 }, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }
}
