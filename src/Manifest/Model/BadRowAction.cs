namespace AiFactory.Manifest.Model
{
    /// <summary><c>data.onBadRow</c>: what reading does with a row that cannot be read.</summary>
    internal enum BadRowAction
    {
        /// <summary><c>"error"</c> (the default): the first bad row fails the build at its line.</summary>
        Error,

        /// <summary><c>"skip"</c>: bad rows are left out, counted, and reported with their lines (warning AIF3019).</summary>
        Skip,
    }
}
