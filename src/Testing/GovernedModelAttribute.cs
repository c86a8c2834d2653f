using System;

namespace AiFactory.Testing
{
    /// <summary>
    /// Where a governed model project referenced by this test assembly writes its results. The AiFactory.Testing package
    /// compiles one per referenced model project (build/AiFactory.Testing.targets); <see cref="GovernedModel.Referenced(System.Reflection.Assembly)"/>
    /// reads them. Write one yourself only for a model project that is not a project reference.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class GovernedModelAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="projectName">The model project's name (its file name without extension).</param>
        /// <param name="assemblyName">The model project's assembly name: loaded to find the ML.NET components the model needs.</param>
        /// <param name="resultsPath">The absolute path of the results.json its build writes.</param>
        /// <param name="manifestPath">The absolute path of its aifactory.json.</param>
        public GovernedModelAttribute(string projectName, string assemblyName, string resultsPath, string manifestPath)
        {
            ProjectName = projectName;
            AssemblyName = assemblyName;
            ResultsPath = resultsPath;
            ManifestPath = manifestPath;
        }

        /// <summary>The model project's name.</summary>
        public string ProjectName { get; }

        /// <summary>The model project's assembly name.</summary>
        public string AssemblyName { get; }

        /// <summary>The absolute path of the results.json the model project's build writes.</summary>
        public string ResultsPath { get; }

        /// <summary>The absolute path of the model project's aifactory.json.</summary>
        public string ManifestPath { get; }
    }
}
