namespace AiFactory.Core.Reports
{
    /// <summary>
    /// A file for a reviewer or a CI system written from one build's run record, beside results.json: every figure it
    /// shows comes from the record (and the evidence files the record lists), never from a second computation.
    /// </summary>
    internal interface IRunReport
    {
        /// <summary>The file's name in the output folder (a constant of <see cref="Protocol.OutputFiles"/>).</summary>
        string FileName { get; }

        /// <summary>The file's whole text. Deterministic: the same record gives the same bytes.</summary>
        string Render(ReportInput input);
    }
}
