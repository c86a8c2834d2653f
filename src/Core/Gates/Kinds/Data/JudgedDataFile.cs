using AiFactory.Core.Profiling;

namespace AiFactory.Core.Gates.Kinds.Data
{
    /// <summary>One data file the data gates judge: its role, where it is and its profile.</summary>
    internal sealed class JudgedDataFile
    {
        /// <summary>The role of the training data.</summary>
        public const string Train = "train";

        /// <summary>The role of the test data.</summary>
        public const string Test = "test";

        /// <summary>Creates a judged file.</summary>
        public JudgedDataFile(string role, string? path, DataFileProfile profile)
        {
            Role = role;
            Path = path;
            Profile = profile;
            FileName = path is null ? role + ".csv" : System.IO.Path.GetFileName(path);
        }

        /// <summary><see cref="Train"/> or <see cref="Test"/>: the last part of its gates' ids.</summary>
        public string Role { get; }

        /// <summary>The file's path as the evaluation recorded it; null when unknown.</summary>
        public string? Path { get; }

        /// <summary>What the evaluation found in the file.</summary>
        public DataFileProfile Profile { get; }

        /// <summary>The file's name (<c>train.csv</c> when the path is unknown).</summary>
        public string FileName { get; }

        /// <summary>True for the training data.</summary>
        public bool IsTraining => Role == Train;
    }
}
