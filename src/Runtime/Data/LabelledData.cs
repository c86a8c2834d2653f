using AiFactory.Core.Data;

namespace AiFactory.Data
{
    /// <summary>A data file read as the manifest declares it, with its labels as booleans.</summary>
    internal sealed class LabelledData
    {
        /// <summary>Creates the pair.</summary>
        public LabelledData(DataTable table, bool[] labels)
        {
            Table = table;
            Labels = labels;
        }

        /// <summary>The validated table.</summary>
        public DataTable Table { get; }

        /// <summary>True where the label is the manifest's positive class.</summary>
        public bool[] Labels { get; }
    }
}
