using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AiFactory.EndToEnd.Tests;

/// <summary>The package's layout: tasks that load in any MSBuild, an API to compile against, no ML.NET near MSBuild.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageLayoutTests(PackedPackages packages)
{
    private ZipArchive OpenPackage() =>
        ZipFile.OpenRead(Path.Combine(packages.Feed, $"AiFactory.Build.{packages.Version}.nupkg"));

    [Fact]
    public void Task_folder_holds_no_ML_NET_and_targets_netstandard()
    {
        using ZipArchive package = OpenPackage();
        string[] tasks = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tasks/", StringComparison.Ordinal)).ToArray();
        Assert.Contains("tasks/netstandard2.0/AiFactory.Build.Tasks.dll", tasks);
        Assert.DoesNotContain(tasks, n => n.Contains("Microsoft.ML", StringComparison.OrdinalIgnoreCase));
        Assert.All(tasks, n => Assert.StartsWith("tasks/netstandard2.0/", n));

        // Everything the task assembly and its companions reference is netstandard, MSBuild's own, or in the folder.
        string[] shipped = tasks.Select(n => Path.GetFileNameWithoutExtension(n)).ToArray();
        foreach (ZipArchiveEntry entry in package.Entries.Where(e => e.FullName.StartsWith("tasks/", StringComparison.Ordinal)))
        {
            using var stream = new MemoryStream();
            using (Stream s = entry.Open())
            {
                s.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new PEReader(stream);
            MetadataReader metadata = pe.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
            {
                AssemblyReference reference = metadata.GetAssemblyReference(handle);
                string name = metadata.GetString(reference.Name);
                if (name is "System.Reflection.Metadata" or "System.Collections.Immutable")
                {
                    // MSBuild's own copies serve the code fingerprint: the shared framework in the .NET SDK, and in Visual
                    // Studio the copy beside MSBuild.exe, to which every version up to its own is redirected. So the package
                    // must not ship them, and must not need a version newer than the oldest MSBuild it supports has.
                    Assert.DoesNotContain(name, shipped);
                    Assert.True(reference.Version <= new Version(7, 0, 0, 0), $"{entry.FullName} needs {name} {reference.Version}, newer than MSBuild 17.8 ships");
                    continue;
                }

                if (name == "Sylvan.Data.Csv")
                {
                    // Referenced by AiFactory.Core's data reader, which the tasks never call (see the test below).
                    continue;
                }

                Assert.True(name == "netstandard" || name.StartsWith("Microsoft.Build", StringComparison.Ordinal) || shipped.Contains(name),
                    $"{entry.FullName} references {name}, which neither MSBuild nor the task folder provides");
            }
        }
    }

    [Fact]
    public void Lib_folder_gives_the_api_and_depends_on_ML_NET()
    {
        using ZipArchive package = OpenPackage();
        string[] names = package.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net8.0/AiFactory.dll", names);
        Assert.Contains("lib/net8.0/AiFactory.Core.dll", names);
        Assert.Contains("lib/net8.0/AiFactory.Manifest.dll", names);
        Assert.Contains("build/AiFactory.Build.props", names);
        Assert.Contains("build/AiFactory.Build.targets", names);

        using var reader = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string nuspec = reader.ReadToEnd();
        Assert.Contains("id=\"Microsoft.ML\"", nuspec);
        Assert.DoesNotContain("developmentDependency", nuspec);
    }
}
