using System.IO;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Finds the repository a model project belongs to, for the data-containment check.</summary>
    internal static class RepositoryRoot
    {
        /// <summary>
        /// The nearest folder, <paramref name="startDirectory"/> itself included, that holds a <c>.git</c> folder or
        /// file (a worktree or submodule has a file); <paramref name="startDirectory"/> (made absolute) when none does.
        /// </summary>
        public static string Find(string startDirectory)
        {
            string start = PathContainment.Normalize(startDirectory);
            for (string? dir = start; dir != null; dir = Path.GetDirectoryName(dir))
            {
                string git = Path.Combine(dir, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    return dir;
                }
            }

            return start;
        }
    }
}
