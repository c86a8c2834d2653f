namespace AiFactory.Manifest.Model
{
    /// <summary>Where the model's predictions come from (<c>model.source</c>).</summary>
    internal enum ModelSource
    {
        /// <summary><c>"mlnet"</c>: trained in the project with ML.NET during the build.</summary>
        MLNet,

        /// <summary><c>"predictions"</c>: a scored file produced by another system; no training.</summary>
        Predictions,
    }
}
