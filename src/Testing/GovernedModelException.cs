using System;

namespace AiFactory.Testing
{
    /// <summary>
    /// A test cannot look at the governed model: no model project is referenced, its results are missing or of an
    /// unknown version, its data cannot be read. The message says what to do.
    /// </summary>
    public sealed class GovernedModelException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public GovernedModelException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with its cause.</summary>
        public GovernedModelException(string message, Exception inner) : base(message, inner)
        {
        }
    }
}
