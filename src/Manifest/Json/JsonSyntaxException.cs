using System;

namespace AiFactory.Manifest.Json
{
    /// <summary>Invalid JSON, with the 1-based line and character column where reading stopped.</summary>
    internal sealed class JsonSyntaxException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public JsonSyntaxException(string message, int line, int column) : base(message)
        {
            Line = line;
            Column = column;
        }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based character column.</summary>
        public int Column { get; }
    }
}
