namespace AiFactory.Manifest.Tests.TestSupport;

/// <summary>A real folder under the temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        // GetFullPath resolves the temp path the way the reader will, so expected paths compare equal.
        Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "aif-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The absolute path of a relative path under the folder ('/' separated).</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Creates a file (and its folders) with some content.</summary>
    public string File(string relative, string content = "a,b\n1,2\n")
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Creates a folder.</summary>
    public string Folder(string relative)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
