using System.IO.Compression;
using System.Xml.Linq;

namespace AiFactory.EndToEnd.Tests;

/// <summary>
/// The layout of AiFactory.Testing (a library and its targets, depending on AiFactory.Build without its build logic)
/// and of AiFactory.Templates (a template package whose template.json carries this pack's versions).
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class TestingAndTemplatePackageLayoutTests(PackedPackages packages)
{
    private static string Read(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static XElement Metadata(ZipArchive package, string id)
    {
        XDocument nuspec = XDocument.Parse(Read(package, id + ".nuspec"));
        return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    [Fact]
    public void Testing_package_brings_its_library_and_targets_and_the_runtime_without_the_build_logic()
    {
        using ZipArchive package = ZipFile.OpenRead(Packer.PackagePath(packages.Feed, "AiFactory.Testing", packages.Version));
        string[] files = package.Entries.Select(e => e.FullName).Where(n => !n.EndsWith(".psmdcp") && !n.StartsWith("_rels/") && n != "[Content_Types].xml").Order().ToArray();
        Assert.Equal(new[] { "AiFactory.Testing.nuspec", "build/AiFactory.Testing.targets", "lib/net8.0/AiFactory.Testing.dll", "lib/net8.0/AiFactory.Testing.xml" }, files);

        XElement dependency = Metadata(package, "AiFactory.Testing").Descendants().Single(e => e.Name.LocalName == "dependency");
        Assert.Equal("AiFactory.Build", (string)dependency.Attribute("id")!);
        Assert.Equal(packages.Version, (string)dependency.Attribute("version")!);
        Assert.Equal("Build,Analyzers", (string)dependency.Attribute("exclude")!);
    }

    [Fact]
    public void Template_package_is_of_type_Template_and_its_template_json_carries_this_packs_versions()
    {
        using ZipArchive package = ZipFile.OpenRead(packages.TemplatePackage);
        XElement metadata = Metadata(package, "AiFactory.Templates");
        Assert.Equal("Template", (string)metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

        string[] files = package.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("content/aifactory-model/.template.config/template.json", files);
        Assert.Contains("content/aifactory-model/.template.config/dotnetcli.host.json", files);
        Assert.Contains("content/aifactory-model/.editorconfig", files);
        Assert.Contains("content/aifactory-model/.github/workflows/aifactory.yml", files);
        Assert.Contains("content/aifactory-model/AiFactory-Model/data/generate.cs", files);
        Assert.DoesNotContain(files, f => f.StartsWith("lib/", StringComparison.Ordinal));

        string template = Read(package, "content/aifactory-model/.template.config/template.json");
        Assert.Contains($"\"value\": \"{packages.Version}\"", template);
        Assert.DoesNotContain("Version@", template);
        // Backslashes survive the stamping (escaped quotes and regular expressions).
        Assert.Contains("(source == \\\"mlnet\\\")", template);
        Assert.Contains("[^,\\\\s]", template);
    }
}
