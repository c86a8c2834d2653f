using System;

namespace AiFactory.Manifest.Diagnostics
{
    /// <summary>Stops work with a coded diagnostic; hosts report it without a stack trace.</summary>
    internal sealed class DiagnosticException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public DiagnosticException(Diagnostic diagnostic) : base(diagnostic.ToString())
        {
            Diagnostic = diagnostic;
        }

        /// <summary>Creates an error diagnostic and the exception that carries it.</summary>
        public DiagnosticException(string code, string message, SourceLocation? location)
            : this(Diagnostics.Diagnostic.Error(code, message, location))
        {
        }

        /// <summary>
        /// Creates the exception for a failure of other code (<paramref name="cause"/>): hosts report the diagnostic and
        /// write the cause's full text, stack included, to their error log.
        /// </summary>
        public DiagnosticException(Diagnostic diagnostic, Exception cause) : base(diagnostic.ToString(), cause)
        {
            Diagnostic = diagnostic;
        }

        /// <summary>The diagnostic.</summary>
        public Diagnostic Diagnostic { get; }
    }
}
