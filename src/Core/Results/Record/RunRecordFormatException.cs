using System;

namespace AiFactory.Core.Results.Record
{
    /// <summary>A key of results.json holds a value of another kind than the record has there, at its place in the file.</summary>
    [Serializable]
    internal sealed class RunRecordFormatException : FormatException
    {
        /// <summary>Creates the exception for the value at <paramref name="path"/>.</summary>
        public RunRecordFormatException(string path, string found, string expected, int line, int column)
            : base($"{path} is {found}, not {expected}")
        {
            Path = path;
            Found = found;
            Expected = expected;
            Line = line;
            Column = column;
        }

        /// <summary>Creates the exception with a message.</summary>
        public RunRecordFormatException()
            : this("(root)", "nothing", "a value", 0, 0)
        {
        }

        /// <summary>Creates the exception with a message.</summary>
        public RunRecordFormatException(string message)
            : base(message)
        {
            Path = "";
            Found = "";
            Expected = "";
        }

        /// <summary>Creates the exception with a message and its cause.</summary>
        public RunRecordFormatException(string message, Exception innerException)
            : base(message, innerException)
        {
            Path = "";
            Found = "";
            Expected = "";
        }

        /// <summary>The key, as a path from the root: <c>metrics.auc</c>, <c>gates[2].location</c>.</summary>
        public string Path { get; }

        /// <summary>What the file holds there, in words: "a string", "an array".</summary>
        public string Found { get; }

        /// <summary>What the record has there, in words: "a number or null".</summary>
        public string Expected { get; }

        /// <summary>1-based line of the value; 0 when not known.</summary>
        public int Line { get; }

        /// <summary>1-based character column of the value; 0 when not known.</summary>
        public int Column { get; }
    }
}
