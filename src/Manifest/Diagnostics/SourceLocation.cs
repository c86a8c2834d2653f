namespace AiFactory.Manifest.Diagnostics
{
    /// <summary>A place in a file: 1-based line and 1-based character column (0 when unknown).</summary>
    internal sealed class SourceLocation
    {
        /// <summary>Creates a location.</summary>
        public SourceLocation(string file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        /// <summary>The file path.</summary>
        public string File { get; }

        /// <summary>1-based line, or 0 when the problem concerns the whole file.</summary>
        public int Line { get; }

        /// <summary>1-based character column, or 0 when unknown.</summary>
        public int Column { get; }

        /// <summary><c>file(line,col)</c> as MSBuild and compilers print it.</summary>
        public override string ToString() =>
            Line <= 0 ? File : Column <= 0 ? $"{File}({Line})" : $"{File}({Line},{Column})";
    }
}
