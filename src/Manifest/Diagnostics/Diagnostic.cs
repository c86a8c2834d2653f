namespace AiFactory.Manifest.Diagnostics
{
    /// <summary>A coded problem with its place, in the form MSBuild, the IDE and the terminal show.</summary>
    internal sealed class Diagnostic
    {
        /// <summary>Creates a diagnostic.</summary>
        public Diagnostic(string code, DiagnosticSeverity severity, string message, SourceLocation? location)
        {
            Code = code;
            Severity = severity;
            Message = message;
            Location = location;
        }

        /// <summary>Creates an error.</summary>
        public static Diagnostic Error(string code, string message, SourceLocation? location) =>
            new Diagnostic(code, DiagnosticSeverity.Error, message, location);

        /// <summary>Creates a warning.</summary>
        public static Diagnostic Warning(string code, string message, SourceLocation? location) =>
            new Diagnostic(code, DiagnosticSeverity.Warning, message, location);

        /// <summary>The stable code, e.g. AIF4001.</summary>
        public string Code { get; }

        /// <summary>Error or warning.</summary>
        public DiagnosticSeverity Severity { get; }

        /// <summary>The message: what is wrong and how to fix it.</summary>
        public string Message { get; }

        /// <summary>Where, or null when no file is involved.</summary>
        public SourceLocation? Location { get; }

        /// <summary>The documentation page of the code.</summary>
        public string HelpLink => DiagnosticIds.HelpLink(Code);

        /// <summary>The canonical form: <c>file(line,col): error CODE: message</c>.</summary>
        public override string ToString()
        {
            string kind = Severity == DiagnosticSeverity.Error ? "error" : "warning";
            return Location is null ? $"{kind} {Code}: {Message}" : $"{Location}: {kind} {Code}: {Message}";
        }
    }
}
