using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Manifest.Model
{
    /// <summary>The <c>data</c> section: the files, the label and how columns are read.</summary>
    internal sealed class DataSection
    {
        /// <summary>The missing-value markers used when the manifest names none: the empty field.</summary>
        public static readonly IReadOnlyList<string> DefaultMissingValues = new[] { "" };

        /// <summary><c>data.train</c> resolved to an absolute path, or null (predictions mode has no training data).</summary>
        public string? TrainPath { get; set; }

        /// <summary>Where <c>data.train</c> was set.</summary>
        public SourceLocation? TrainLocation { get; set; }

        /// <summary><c>data.test</c> resolved to an absolute path (required).</summary>
        public string TestPath { get; set; } = "";

        /// <summary>Where <c>data.test</c> was set.</summary>
        public SourceLocation? TestLocation { get; set; }

        /// <summary><c>data.label</c>: the label column (required).</summary>
        public string Label { get; set; } = "";

        /// <summary>Where <c>data.label</c> was set.</summary>
        public SourceLocation? LabelLocation { get; set; }

        /// <summary><c>data.positive</c>: the label value of the positive class (required).</summary>
        public string Positive { get; set; } = "";

        /// <summary>Where <c>data.positive</c> was set.</summary>
        public SourceLocation? PositiveLocation { get; set; }

        /// <summary><c>data.columns</c> in document order.</summary>
        public IReadOnlyList<ColumnDeclaration> Columns { get; set; } = Array.Empty<ColumnDeclaration>();

        /// <summary><c>data.sensitive</c>: sensitive attributes; never used as default features.</summary>
        public IReadOnlyList<string> Sensitive { get; set; } = Array.Empty<string>();

        /// <summary>Where the key <c>data.sensitive</c> was written, or null when the manifest has none.</summary>
        public SourceLocation? SensitiveKeyLocation { get; set; }

        /// <summary>Where each entry of <see cref="Sensitive"/> was written, in the same order.</summary>
        public IReadOnlyList<SourceLocation> SensitiveLocations { get; set; } = Array.Empty<SourceLocation>();

        /// <summary><c>data.bins</c>: how continuous sensitive attributes are cut into groups, in document order.</summary>
        public IReadOnlyList<SensitiveBins> Bins { get; set; } = Array.Empty<SensitiveBins>();

        /// <summary><c>data.missingValues</c>: field values read as missing.</summary>
        public IReadOnlyList<string> MissingValues { get; set; } = DefaultMissingValues;

        /// <summary><c>data.onBadRow</c>: fail on the first row that cannot be read (default), or skip and report such rows.</summary>
        public BadRowAction OnBadRow { get; set; } = BadRowAction.Error;

        /// <summary>Where <c>data.onBadRow</c> was set, or null.</summary>
        public SourceLocation? OnBadRowLocation { get; set; }

        /// <summary><c>data.score</c>: predictions mode, the probability-of-positive column.</summary>
        public string? Score { get; set; }

        /// <summary>Where <c>data.score</c> was set.</summary>
        public SourceLocation? ScoreLocation { get; set; }

        /// <summary><c>data.prediction</c>: predictions mode, the predicted-label column of a label-only file.</summary>
        public string? Prediction { get; set; }

        /// <summary>Where <c>data.prediction</c> was set.</summary>
        public SourceLocation? PredictionLocation { get; set; }

        /// <summary><c>data.allowedRoots</c> resolved to absolute folders: data may live under these besides the repository.</summary>
        public IReadOnlyList<string> AllowedRoots { get; set; } = Array.Empty<string>();
    }
}
