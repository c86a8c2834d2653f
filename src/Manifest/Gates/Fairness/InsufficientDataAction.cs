namespace AiFactory.Manifest.Model
{
    /// <summary>What a fairness gate left with fewer than two adequate groups does to the build (<c>onInsufficientData</c>).</summary>
    internal enum InsufficientDataAction
    {
        /// <summary><c>"fail"</c> (default): an error — a gate that cannot be judged does not pass.</summary>
        Fail,

        /// <summary><c>"warn"</c>: a warning; the build goes on.</summary>
        Warn,

        /// <summary><c>"ignore"</c>: recorded in results.json only.</summary>
        Ignore,
    }
}
