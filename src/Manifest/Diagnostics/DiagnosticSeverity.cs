namespace AiFactory.Manifest.Diagnostics
{
    /// <summary>How serious a diagnostic is.</summary>
    internal enum DiagnosticSeverity
    {
        /// <summary>Reported, the build goes on.</summary>
        Warning,

        /// <summary>Fails the build.</summary>
        Error,
    }
}
