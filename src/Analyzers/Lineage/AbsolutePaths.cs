using System;

namespace AiFactory.Analyzers.Lineage
{
    /// <summary>What counts as an absolute path, and which names and extensions say "data".</summary>
    internal static class AbsolutePaths
    {
        private static readonly string[] DataExtensions =
        {
            ".csv", ".tsv", ".txt", ".parquet", ".idv", ".json", ".jsonl", ".xlsx", ".xls", ".arff", ".svmlight", ".libsvm",
            ".feather", ".avro", ".orc", ".zip", ".onnx", ".db", ".sqlite",
        };

        private static readonly string[] PathWords = { "path", "file", "dir", "folder", "root" };

        /// <summary>
        /// True for a Windows drive path (<c>C:\</c>, <c>C:/</c>), a UNC or rooted Windows path (<c>\\server\share</c>,
        /// <c>\data</c>), a <c>file:</c> URI, or a Unix absolute path (<c>/data/x</c>); not for URLs or relative paths.
        /// </summary>
        public static bool IsAbsolute(string text)
        {
            if (text.Length < 2 || text.IndexOf('\n') >= 0)
            {
                return false;
            }

            if (text.Length >= 3 && IsAsciiLetter(text[0]) && text[1] == ':' && (text[2] == '\\' || text[2] == '/'))
            {
                return true;
            }

            if (text.StartsWith("file:/", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (text[0] == '\\')
            {
                // \\server\share or \folder (rooted on the current drive)
                return text[1] == '\\' ? text.Length > 2 && IsPathChar(text[2]) : IsPathChar(text[1]);
            }

            // /home/user/data.csv; "//" starts a comment or a protocol-relative URL, and "/ 2" is no path.
            return text[0] == '/' && IsPathChar(text[1]) && text.IndexOf("://", StringComparison.Ordinal) < 0;
        }

        /// <summary>True when the text ends with a data file's extension.</summary>
        public static bool HasDataExtension(string text)
        {
            foreach (string extension in DataExtensions)
            {
                if (text.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a parameter's, variable's or member's name says it holds a path.</summary>
        public static bool IsPathName(string name)
        {
            foreach (string word in PathWords)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsPathChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '~' || c == '$';
    }
}
