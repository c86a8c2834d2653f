using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Training
{
    /// <summary>
    /// Finds where in the model project's own source a pipeline failure shows, so the build reports it there rather
    /// than at the manifest: the deepest frame of the exception's stack that belongs to the model assembly (with the
    /// line the PDB gives); else, as when <c>Fit</c> fails inside ML.NET after <c>BuildPipeline</c> returned, the string
    /// literal in <c>BuildPipeline</c> that names a column the message quotes (a misspelt column name); else the first
    /// line of <c>BuildPipeline</c>. Null when the model assembly has no portable PDB (the caller reports at the manifest
    /// and names the class).
    /// </summary>
    internal static class PipelineSourceLocator
    {
        private static readonly Regex QuotedName = new Regex("'([^'\\r\\n]{1,200})'", RegexOptions.CultureInvariant);

        /// <summary>The place in the pipeline's source that <paramref name="failure"/> points at, or null.</summary>
        public static SourceLocation? Locate(Exception failure, Type pipelineType)
        {
            ArgumentNullException.ThrowIfNull(failure);
            ArgumentNullException.ThrowIfNull(pipelineType);
            return FromStack(failure, pipelineType.Assembly) ?? FromBuildPipeline(failure, pipelineType);
        }

        /// <summary>The deepest frame, in the exception or any inner one, of a method of the model assembly with a source line.</summary>
        private static SourceLocation? FromStack(Exception failure, Assembly modelAssembly)
        {
            for (Exception? e = failure; e != null; e = e.InnerException)
            {
                foreach (StackFrame frame in new StackTrace(e, fNeedFileInfo: true).GetFrames() ?? Array.Empty<StackFrame>())
                {
                    MethodBase? method = frame.GetMethod();
                    string? file = frame.GetFileName();
                    if (method?.DeclaringType?.Assembly == modelAssembly && !string.IsNullOrEmpty(file) && frame.GetFileLineNumber() > 0)
                    {
                        return new SourceLocation(file!, frame.GetFileLineNumber(), Math.Max(frame.GetFileColumnNumber(), 0));
                    }
                }
            }

            return null;
        }

        private static SourceLocation? FromBuildPipeline(Exception failure, Type pipelineType)
        {
            MethodInfo? build = BuildPipelineOf(pipelineType);
            if (build is null) return null;
            List<SequencePoint> points;
            string? document;
            try
            {
                (document, points) = SequencePointsOf(build);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is BadImageFormatException || e is InvalidOperationException)
            {
                return null;
            }

            if (document is null || points.Count == 0) return null;
            SequencePoint first = points[0];
            var start = new SourceLocation(document, first.StartLine, first.StartColumn);
            if (!File.Exists(document)) return start;

            // A name the message quotes ('incme'), written as a string literal in BuildPipeline: the likeliest culprit.
            int fromLine = points.Min(p => p.StartLine), toLine = points.Max(p => p.EndLine);
            string[] lines = File.ReadAllLines(document);
            foreach (string name in QuotedNames(failure))
            {
                string literal = "\"" + name + "\"";
                for (int line = fromLine; line <= toLine && line <= lines.Length; line++)
                {
                    int column = lines[line - 1].IndexOf(literal, StringComparison.Ordinal);
                    if (column >= 0) return new SourceLocation(document, line, column + 1);
                }
            }

            return start;
        }

        private static IEnumerable<string> QuotedNames(Exception failure)
        {
            for (Exception? e = failure; e != null; e = e.InnerException)
            {
                foreach (Match match in QuotedName.Matches(e.Message))
                {
                    yield return match.Groups[1].Value;
                }
            }
        }

        /// <summary>The class's implementation of <see cref="IModelPipeline.BuildPipeline"/>, explicit or not.</summary>
        private static MethodInfo? BuildPipelineOf(Type pipelineType)
        {
            if (!typeof(IModelPipeline).IsAssignableFrom(pipelineType) || pipelineType.IsInterface) return null;
            InterfaceMapping map = pipelineType.GetInterfaceMap(typeof(IModelPipeline));
            for (int i = 0; i < map.InterfaceMethods.Length; i++)
            {
                if (map.InterfaceMethods[i].Name == nameof(IModelPipeline.BuildPipeline)) return map.TargetMethods[i];
            }

            return null;
        }

        /// <summary>The method's visible sequence points and their document, from the assembly's portable PDB (beside it or embedded).</summary>
        private static (string? Document, List<SequencePoint> Points) SequencePointsOf(MethodInfo method)
        {
            var points = new List<SequencePoint>();
            string assemblyPath = method.Module.Assembly.Location;
            if (string.IsNullOrEmpty(assemblyPath) || !File.Exists(assemblyPath)) return (null, points);
            using (var pe = new PEReader(File.OpenRead(assemblyPath)))
            {
                if (!pe.TryOpenAssociatedPortablePdb(assemblyPath, path => File.Exists(path) ? File.OpenRead(path) : null, out MetadataReaderProvider? provider, out _)
                    || provider is null)
                {
                    return (null, points);
                }

                using (provider)
                {
                    MetadataReader pdb = provider.GetMetadataReader();
                    MethodDebugInformation info = pdb.GetMethodDebugInformation(MetadataTokens.MethodDefinitionHandle(method.MetadataToken));
                    string? document = null;
                    foreach (SequencePoint point in info.GetSequencePoints())
                    {
                        if (point.IsHidden) continue;
                        document ??= pdb.GetString(pdb.GetDocument(point.Document).Name);
                        points.Add(point);
                    }

                    return (document, points);
                }
            }
        }
    }
}
