namespace AiFactory.Manifest.Tests.TestSupport;

/// <summary>A fact skipped on Windows, where creating a symbolic link needs rights a build machine rarely has.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "symbolic links need rights on Windows";
        }
    }
}
