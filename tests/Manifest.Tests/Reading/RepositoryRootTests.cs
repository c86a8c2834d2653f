using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

public class RepositoryRootTests
{
    [Fact]
    public void Find_ReturnsTheNearestAncestorWithAGitFolder()
    {
        using var temp = new TempFolder();
        string repo = temp.Folder("repo");
        temp.Folder("repo/.git");
        string deep = temp.Folder("repo/models/loan/data");

        Assert.Equal(repo, RepositoryRoot.Find(deep));
    }

    [Fact]
    public void Find_IncludesTheStartFolderItself()
    {
        using var temp = new TempFolder();
        string repo = temp.Folder("repo");
        temp.Folder("repo/.git");

        Assert.Equal(repo, RepositoryRoot.Find(repo));
    }

    [Fact]
    public void Find_AcceptsAGitFile_AsInAWorktreeOrSubmodule()
    {
        using var temp = new TempFolder();
        temp.Folder("outer/.git");
        string inner = temp.Folder("outer/inner");
        temp.File("outer/inner/.git", "gitdir: ../.git/modules/inner");

        Assert.Equal(inner, RepositoryRoot.Find(temp.Folder("outer/inner/src")));
    }

    [Fact]
    public void Find_WithoutAnyGit_ReturnsTheStartFolder()
    {
        using var temp = new TempFolder();
        string start = temp.Folder("a/b");

        // Whatever lies above the temp folder decides the answer: start itself, unless the machine's temp folder is
        // inside a repository.
        string? expected = null;
        for (string? dir = Path.GetDirectoryName(temp.Root); dir != null && expected == null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git")))
            {
                expected = dir;
            }
        }

        Assert.Equal(expected ?? start, RepositoryRoot.Find(start));
    }
}
