using System;

namespace AiFactory.Testing
{
    /// <summary>
    /// A gate of the manifest failed. The message is the error line the build prints (manifest file, line, column,
    /// code, what was found) followed by the gate's figures; the stack trace is the manifest line itself
    /// (<c>at &lt;gate&gt; in &lt;aifactory.json&gt;:line N</c>), so Test Explorer and TRX viewers link to the threshold.
    /// </summary>
    public sealed class GateFailedException : Exception
    {
        /// <summary>Creates the exception for a failed gate.</summary>
        public GateFailedException(GateRecord gate)
            : base($"{gate.BuildErrorLine}{Environment.NewLine}gate {gate.Id}: {gate.Figures}")
        {
            Gate = gate;
        }

        /// <summary>The gate that failed.</summary>
        public GateRecord Gate { get; }

        /// <summary>The manifest line that set the threshold, in the form test runners make a link of.</summary>
        public override string? StackTrace =>
            Gate.Location is null ? base.StackTrace : $"   at {Gate.Id} in {Gate.Location.File}:line {Gate.Location.Line}";
    }
}
