namespace AiFactory.Testing
{
    /// <summary>Where a gate's threshold was set: a file (absolute), a 1-based line and a 1-based character column.</summary>
    public sealed class GateLocation
    {
        /// <summary>Creates a location.</summary>
        public GateLocation(string file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        /// <summary>The file, made absolute against the manifest's folder.</summary>
        public string File { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based character column.</summary>
        public int Column { get; }

        /// <summary><c>file(line,column)</c>, as MSBuild prints a location.</summary>
        public override string ToString() => $"{File}({Line},{Column})";
    }
}
