using System;
using System.Collections.Generic;
using System.Linq;

namespace AiFactory.Core.Protocol
{
    /// <summary>Where a file a stage exchanges lives: the output folder (public) or the state folder (private).</summary>
    internal enum StageFolder
    {
        /// <summary>AiFactoryOutputPath.</summary>
        Output,

        /// <summary>The state folder under obj/.</summary>
        State,
    }

    /// <summary>A file a stage reads or writes, named by a constant of <see cref="OutputFiles"/>.</summary>
    internal readonly struct StageFile : IEquatable<StageFile>
    {
        /// <summary>Creates a file reference.</summary>
        public StageFile(StageFolder folder, string name)
        {
            Folder = folder;
            Name = name;
        }

        /// <summary>The folder the file is in.</summary>
        public StageFolder Folder { get; }

        /// <summary>The file's name.</summary>
        public string Name { get; }

        /// <inheritdoc />
        public bool Equals(StageFile other) => Folder == other.Folder && Name == other.Name;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is StageFile other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => ((int)Folder * 397) ^ Name.GetHashCode();

        /// <summary>Whether two references name the same file.</summary>
        public static bool operator ==(StageFile left, StageFile right) => left.Equals(right);

        /// <summary>Whether two references name different files.</summary>
        public static bool operator !=(StageFile left, StageFile right) => !left.Equals(right);

        /// <inheritdoc />
        public override string ToString() => (Folder == StageFolder.Output ? "$(AiFactoryOutputPath)" : "$(AiFactoryStatePath)") + Name;
    }

    /// <summary>
    /// An out-of-process stage of the governed build: its name on the runner's command line, the stamp whose change
    /// makes it run, the files it reads and the files it writes. The targets' Inputs and Outputs and the host follow
    /// this table; a test holds the targets to it.
    /// </summary>
    internal sealed class ModelStage
    {
        private ModelStage(string name, string stamp, StageFile[] reads, StageFile[] writes)
        {
            Name = name;
            Stamp = new StageFile(StageFolder.State, stamp);
            Reads = reads;
            Writes = writes;
        }

        /// <summary>Trains the model (ML.NET source only).</summary>
        public static readonly ModelStage Train = new ModelStage("train", OutputFiles.TrainingStamp,
            Array.Empty<StageFile>(),
            new[] { Output(OutputFiles.Model) });

        /// <summary>Scores the test set and counts what the gates judge; leaves each row's label and score beside the results.</summary>
        public static readonly ModelStage Evaluate = new ModelStage("evaluate", OutputFiles.EvaluationStamp,
            new[] { Output(OutputFiles.Model) },
            new[] { State(OutputFiles.EvaluationRecord), Output(OutputFiles.TestScores) });

        /// <summary>Bootstrap intervals of the fairness figures, from the evaluation's counts.</summary>
        public static readonly ModelStage EstimateUncertainty = new ModelStage("estimate-uncertainty", OutputFiles.UncertaintyStamp,
            new[] { State(OutputFiles.EvaluationRecord) },
            new[] { State(OutputFiles.UncertaintyRecord) });

        /// <summary>Every stage, in the order the build runs them.</summary>
        public static readonly IReadOnlyList<ModelStage> All = new[] { Train, Evaluate, EstimateUncertainty };

        /// <summary>The stage's name on the runner's command line.</summary>
        public string Name { get; }

        /// <summary>The fingerprint file, rewritten only when it changes, whose time decides whether the stage runs.</summary>
        public StageFile Stamp { get; }

        /// <summary>Files an earlier stage wrote that this one reads (besides the manifest and the data).</summary>
        public IReadOnlyList<StageFile> Reads { get; }

        /// <summary>The files this stage writes that later stages or the targets' Outputs rely on.</summary>
        public IReadOnlyList<StageFile> Writes { get; }

        /// <summary>The stage of that name; null when there is none.</summary>
        public static ModelStage? Find(string name) => All.FirstOrDefault(s => s.Name == name);

        /// <inheritdoc />
        public override string ToString() => Name;

        private static StageFile Output(string name) => new StageFile(StageFolder.Output, name);

        private static StageFile State(string name) => new StageFile(StageFolder.State, name);
    }
}
