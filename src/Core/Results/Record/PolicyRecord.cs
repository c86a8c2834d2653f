using System;
using System.Collections.Generic;

namespace AiFactory.Core.Results.Record
{
    /// <summary><c>policy</c> of results.json: the nearest policy that governed the model, with every policy applied.</summary>
    internal sealed class PolicyRecord : AppliedPolicyRecord
    {
        /// <summary><c>applied</c>: every policy applied, nearest first.</summary>
        public IReadOnlyList<AppliedPolicyRecord> Applied { get; set; } = Array.Empty<AppliedPolicyRecord>();
    }
}
