using System;
using System.Linq;
using System.Reflection;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Training
{
    /// <summary>Finds the one class of the model project that implements <see cref="IModelPipeline"/>.</summary>
    internal static class PipelineLocator
    {
        /// <summary>Creates the pipeline; no implementation, or several, is a coded error at the manifest.</summary>
        public static IModelPipeline Create(Assembly modelAssembly, string manifestPath) =>
            Create(LoadableTypes(modelAssembly), modelAssembly.GetName().Name ?? "", manifestPath);

        /// <summary>Creates the one pipeline among <paramref name="types"/> (the types of project <paramref name="projectName"/>).</summary>
        public static IModelPipeline Create(Type[] types, string projectName, string manifestPath)
        {
            Type[] candidates = types
                .Where(t => typeof(IModelPipeline).IsAssignableFrom(t) && t.IsClass && !t.IsAbstract)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .ToArray();
            var at = new SourceLocation(manifestPath, 0, 0);
            if (candidates.Length == 0)
            {
                throw new DiagnosticException(DiagnosticIds.NoPipeline,
                    $"the model project {projectName} has no class implementing AiFactory.IModelPipeline; " +
                    "add one that builds the ML.NET pipeline, or set \"source\": \"predictions\" to govern a scored file", at);
            }

            if (candidates.Length > 1)
            {
                throw new DiagnosticException(DiagnosticIds.MultiplePipelines,
                    $"the model project has {candidates.Length} classes implementing AiFactory.IModelPipeline " +
                    $"({string.Join(", ", candidates.Select(t => t.FullName))}); a governed model project holds exactly one", at);
            }

            Type type = candidates[0];
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new DiagnosticException(DiagnosticIds.NoPipeline,
                    $"{type.FullName} implements IModelPipeline but has no public parameterless constructor; add one", at);
            }

            return (IModelPipeline)Activator.CreateInstance(type)!;
        }

        private static Type[] LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                return e.Types.Where(t => t != null).ToArray()!;
            }
        }
    }
}
