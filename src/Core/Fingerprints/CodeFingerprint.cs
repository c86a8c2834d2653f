using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace AiFactory.Core.Fingerprints
{
    /// <summary>
    /// The fingerprint of a compiled assembly's code: what changes what the code does, and nothing that changes with
    /// the checkout. It covers every type, field, method, property and event with their names, attributes, signatures
    /// and custom attributes; each method body's IL with every metadata token replaced by the name it refers to; field
    /// initial data and constants; embedded resources; and the referenced assemblies by name, version, culture and
    /// public key. It leaves out the assembly's own attributes (informational version with its source revision, file
    /// version, …), the module version id, the debug directory (PDB path and checksum) and the PE headers; string
    /// literals under <c>sourceRoot</c> (what <c>[CallerFilePath]</c> compiles to) are written relative to it. Types are
    /// taken in name order, so the order the compiler read the source files in does not matter either.
    /// </summary>
    internal static class CodeFingerprint
    {
        /// <summary>The version of this fingerprint's definition; part of the hash and of its cache key.</summary>
        public const string Version = "code/1";

        /// <summary>
        /// The code hash of the assembly at <paramref name="assemblyPath"/>: lower-case hex SHA-256. A file that is not a
        /// .NET assembly is hashed by its bytes.
        /// </summary>
        /// <param name="assemblyPath">The compiled assembly.</param>
        /// <param name="sourceRoot">The folder whose absolute path string literals are written relative to (the repository root), or null.</param>
        public static string Of(string assemblyPath, string? sourceRoot)
        {
            using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var pe = new PEReader(stream);
            bool hasMetadata;
            try
            {
                hasMetadata = pe.HasMetadata;
            }
            catch (BadImageFormatException)
            {
                hasMetadata = false;
            }

            return hasMetadata ? Sha256.OfText(CanonicalText(pe, sourceRoot)) : Sha256.OfFile(assemblyPath);
        }

        /// <summary>The text that is hashed: one line per item, stable across checkouts (exposed for diagnosis and tests).</summary>
        public static string CanonicalText(string assemblyPath, string? sourceRoot)
        {
            using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var pe = new PEReader(stream);
            return CanonicalText(pe, sourceRoot);
        }

        private static string CanonicalText(PEReader pe, string? sourceRoot)
        {
            MetadataReader reader = pe.GetMetadataReader();
            var writer = new Writer(pe, reader, sourceRoot);
            var text = new StringBuilder();
            text.Append(Version).Append('\n');

            var references = new List<string>();
            foreach (AssemblyReferenceHandle handle in reader.AssemblyReferences)
            {
                references.Add("reference " + writer.Names.AssemblyName(handle));
            }

            foreach (ModuleReferenceHandle handle in ModuleReferences(reader))
            {
                references.Add("module " + reader.GetString(reader.GetModuleReference(handle).Name));
            }

            AppendSorted(text, references);
            AppendSorted(text, writer.Resources());

            var types = new List<string>();
            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                types.Add(writer.Type(handle));
            }

            AppendSorted(text, types);
            return text.ToString();
        }

        private static IEnumerable<ModuleReferenceHandle> ModuleReferences(MetadataReader reader)
        {
            int count = reader.GetTableRowCount(TableIndex.ModuleRef);
            for (int row = 1; row <= count; row++)
            {
                yield return MetadataTokens.ModuleReferenceHandle(row);
            }
        }

        private static void AppendSorted(StringBuilder text, List<string> items)
        {
            items.Sort(StringComparer.Ordinal);
            foreach (string item in items)
            {
                text.Append(item).Append('\n');
            }
        }

        /// <summary>Writes the parts of one assembly, with the names of what its tokens refer to.</summary>
        private sealed class Writer
        {
            private readonly PEReader _pe;
            private readonly MetadataReader _reader;
            private readonly string[] _roots;

            public Writer(PEReader pe, MetadataReader reader, string? sourceRoot)
            {
                _pe = pe;
                _reader = reader;
                Names = new MetadataNames(reader);
                _roots = Roots(sourceRoot);
            }

            public MetadataNames Names { get; }

            /// <summary>Each embedded resource with the hash of its bytes; each linked one with where it lives.</summary>
            public List<string> Resources()
            {
                var items = new List<string>();
                foreach (ManifestResourceHandle handle in _reader.ManifestResources)
                {
                    ManifestResource resource = _reader.GetManifestResource(handle);
                    string head = "resource " + _reader.GetString(resource.Name) + " " + ((int)resource.Attributes).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
                    if (!resource.Implementation.IsNil)
                    {
                        items.Add(head + " in " + Names.Of(resource.Implementation));
                        continue;
                    }

                    PEMemoryBlock block = _pe.GetSectionData(_pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
                    int offset = checked((int)resource.Offset);
                    int length = block.GetReader(offset, sizeof(int)).ReadInt32();
                    items.Add(head + " " + Sha256.OfBytes(block.GetContent(offset + sizeof(int), length).ToArray()));
                }

                return items;
            }

            /// <summary>A type with everything it declares, as lines; the first names it.</summary>
            public string Type(TypeDefinitionHandle handle)
            {
                TypeDefinition type = _reader.GetTypeDefinition(handle);
                var text = new StringBuilder();
                text.Append("type ").Append(Names.TypeName(handle)).Append(' ').Append(Flags((int)type.Attributes));
                if (!type.BaseType.IsNil)
                {
                    text.Append(" extends ").Append(Names.Of(type.BaseType));
                }

                text.Append('\n');
                TypeLayout layout = type.GetLayout();
                if (!layout.IsDefault)
                {
                    text.Append(" layout ").Append(N(layout.PackingSize)).Append(' ').Append(N(layout.Size)).Append('\n');
                }

                GenericParameters(text, type.GetGenericParameters());
                var interfaces = new List<string>();
                foreach (InterfaceImplementationHandle implementation in type.GetInterfaceImplementations())
                {
                    InterfaceImplementation item = _reader.GetInterfaceImplementation(implementation);
                    interfaces.Add(" implements " + Names.Of(item.Interface) + Attributes(item.GetCustomAttributes()));
                }

                AppendSorted(text, interfaces);
                text.Append(Attributes(type.GetCustomAttributes())).Append('\n');

                foreach (FieldDefinitionHandle field in type.GetFields())
                {
                    Field(text, field);
                }

                foreach (MethodDefinitionHandle method in type.GetMethods())
                {
                    Method(text, method);
                }

                foreach (PropertyDefinitionHandle property in type.GetProperties())
                {
                    Property(text, property);
                }

                foreach (EventDefinitionHandle @event in type.GetEvents())
                {
                    Event(text, @event);
                }

                var overrides = new List<string>();
                foreach (MethodImplementationHandle implementation in type.GetMethodImplementations())
                {
                    MethodImplementation item = _reader.GetMethodImplementation(implementation);
                    overrides.Add(" override " + Names.Of(item.MethodDeclaration) + " with " + Names.Of(item.MethodBody));
                }

                AppendSorted(text, overrides);
                return text.ToString().TrimEnd('\n');
            }

            private void Field(StringBuilder text, FieldDefinitionHandle handle)
            {
                FieldDefinition field = _reader.GetFieldDefinition(handle);
                text.Append(" field ").Append(_reader.GetString(field.Name)).Append(' ').Append(Flags((int)field.Attributes))
                    .Append(" : ").Append(field.DecodeSignature(Names, null));
                if (field.GetOffset() >= 0)
                {
                    text.Append(" at ").Append(N(field.GetOffset()));
                }

                Constant(text, field.GetDefaultValue());
                int rva = field.GetRelativeVirtualAddress();
                if (rva != 0)
                {
                    int size = InitialDataSize(field);
                    byte[] data = size > 0 ? _pe.GetSectionData(rva).GetContent(0, size).ToArray() : Array.Empty<byte>();
                    text.Append(" data ").Append(MetadataNames.Hex(data));
                }

                text.Append(Attributes(field.GetCustomAttributes())).Append('\n');
            }

            private void Method(StringBuilder text, MethodDefinitionHandle handle)
            {
                MethodDefinition method = _reader.GetMethodDefinition(handle);
                text.Append(" method ").Append(_reader.GetString(method.Name))
                    .Append(MetadataNames.MethodSignature(method.DecodeSignature(Names, null)))
                    .Append(' ').Append(Flags((int)method.Attributes)).Append(' ').Append(Flags((int)method.ImplAttributes))
                    .Append(Attributes(method.GetCustomAttributes())).Append('\n');
                GenericParameters(text, method.GetGenericParameters());
                foreach (ParameterHandle parameterHandle in method.GetParameters())
                {
                    Parameter parameter = _reader.GetParameter(parameterHandle);
                    text.Append("  parameter ").Append(N(parameter.SequenceNumber)).Append(' ').Append(_reader.GetString(parameter.Name))
                        .Append(' ').Append(Flags((int)parameter.Attributes));
                    Constant(text, parameter.GetDefaultValue());
                    text.Append(Attributes(parameter.GetCustomAttributes())).Append('\n');
                }

                MethodImport import = method.GetImport();
                if (!import.Module.IsNil)
                {
                    text.Append("  import ").Append(_reader.GetString(import.Name)).Append(" from ")
                        .Append(_reader.GetString(_reader.GetModuleReference(import.Module).Name)).Append(' ').Append(Flags((int)import.Attributes)).Append('\n');
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    Body(text, _pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }

            private void Body(StringBuilder text, MethodBodyBlock body)
            {
                text.Append("  body maxstack ").Append(N(body.MaxStack)).Append(body.LocalVariablesInitialized ? " initlocals" : "");
                if (!body.LocalSignature.IsNil)
                {
                    text.Append(' ').Append(Names.Of(body.LocalSignature));
                }

                text.Append('\n');
                foreach (ExceptionRegion region in body.ExceptionRegions)
                {
                    text.Append("  region ").Append(region.Kind.ToString()).Append(' ').Append(N(region.TryOffset)).Append('+').Append(N(region.TryLength))
                        .Append(' ').Append(N(region.HandlerOffset)).Append('+').Append(N(region.HandlerLength));
                    if (region.Kind == ExceptionRegionKind.Filter)
                    {
                        text.Append(" filter ").Append(N(region.FilterOffset));
                    }
                    else if (!region.CatchType.IsNil)
                    {
                        text.Append(" catch ").Append(Names.Of(region.CatchType));
                    }

                    text.Append('\n');
                }

                Instructions(text, body.GetILReader());
            }

            /// <summary>One line per instruction: offset, opcode, and the operand — a name where it is a token.</summary>
            private void Instructions(StringBuilder text, BlobReader il)
            {
                while (il.RemainingBytes > 0)
                {
                    int offset = il.Offset;
                    byte first = il.ReadByte();
                    IlOperandKind kind;
                    int opcode;
                    if (first == IlOperands.TwoBytePrefix)
                    {
                        byte second = il.ReadByte();
                        opcode = (first << 8) | second;
                        kind = IlOperands.OfTwoByte(second);
                    }
                    else
                    {
                        opcode = first;
                        kind = IlOperands.OfOneByte(first);
                    }

                    text.Append("  ").Append(N(offset)).Append(' ').Append(opcode.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
                    switch (kind)
                    {
                        case IlOperandKind.None:
                            break;
                        case IlOperandKind.Int8:
                            text.Append(' ').Append(N(il.ReadSByte()));
                            break;
                        case IlOperandKind.Int16:
                            text.Append(' ').Append(N(il.ReadUInt16()));
                            break;
                        case IlOperandKind.Int32:
                            text.Append(' ').Append(N(il.ReadInt32()));
                            break;
                        case IlOperandKind.Int64:
                            text.Append(' ').Append(N(il.ReadInt64()));
                            break;
                        case IlOperandKind.Switch:
                            int count = il.ReadInt32();
                            text.Append(' ').Append(N(count));
                            for (int i = 0; i < count; i++)
                            {
                                text.Append(' ').Append(N(il.ReadInt32()));
                            }

                            break;
                        case IlOperandKind.Token:
                            text.Append(' ').Append(Token(il.ReadInt32()));
                            break;
                    }

                    text.Append('\n');
                }
            }

            private string Token(int token)
            {
                Handle handle = MetadataTokens.Handle(token);
                if (handle.Kind == HandleKind.UserString)
                {
                    return Quote(RelativeToRoot(_reader.GetUserString((UserStringHandle)handle)));
                }

                return Names.Of((EntityHandle)handle);
            }

            private void Property(StringBuilder text, PropertyDefinitionHandle handle)
            {
                PropertyDefinition property = _reader.GetPropertyDefinition(handle);
                PropertyAccessors accessors = property.GetAccessors();
                text.Append(" property ").Append(_reader.GetString(property.Name))
                    .Append(MetadataNames.MethodSignature(property.DecodeSignature(Names, null))).Append(' ').Append(Flags((int)property.Attributes))
                    .Append(" get ").Append(Accessor(accessors.Getter)).Append(" set ").Append(Accessor(accessors.Setter));
                Constant(text, property.GetDefaultValue());
                text.Append(Attributes(property.GetCustomAttributes())).Append('\n');
            }

            private void Event(StringBuilder text, EventDefinitionHandle handle)
            {
                EventDefinition @event = _reader.GetEventDefinition(handle);
                EventAccessors accessors = @event.GetAccessors();
                text.Append(" event ").Append(_reader.GetString(@event.Name)).Append(" : ").Append(Names.Of(@event.Type))
                    .Append(' ').Append(Flags((int)@event.Attributes))
                    .Append(" add ").Append(Accessor(accessors.Adder)).Append(" remove ").Append(Accessor(accessors.Remover))
                    .Append(" raise ").Append(Accessor(accessors.Raiser))
                    .Append(Attributes(@event.GetCustomAttributes())).Append('\n');
            }

            private string Accessor(MethodDefinitionHandle handle) =>
                handle.IsNil ? "-" : _reader.GetString(_reader.GetMethodDefinition(handle).Name);

            private void GenericParameters(StringBuilder text, GenericParameterHandleCollection parameters)
            {
                foreach (GenericParameterHandle handle in parameters)
                {
                    GenericParameter parameter = _reader.GetGenericParameter(handle);
                    text.Append("  generic ").Append(N(parameter.Index)).Append(' ').Append(_reader.GetString(parameter.Name))
                        .Append(' ').Append(Flags((int)parameter.Attributes));
                    var constraints = new List<string>();
                    foreach (GenericParameterConstraintHandle constraintHandle in parameter.GetConstraints())
                    {
                        GenericParameterConstraint constraint = _reader.GetGenericParameterConstraint(constraintHandle);
                        constraints.Add(Names.Of(constraint.Type) + Attributes(constraint.GetCustomAttributes()));
                    }

                    constraints.Sort(StringComparer.Ordinal);
                    text.Append(" where ").Append(string.Join(",", constraints)).Append(Attributes(parameter.GetCustomAttributes())).Append('\n');
                }
            }

            /// <summary>Custom attributes as " [constructor blob]…", in name order (their order in the table means nothing).</summary>
            private string Attributes(CustomAttributeHandleCollection attributes)
            {
                var items = new List<string>();
                foreach (CustomAttributeHandle handle in attributes)
                {
                    CustomAttribute attribute = _reader.GetCustomAttribute(handle);
                    // The value blob names types as strings and holds no tokens: it is stable as it is.
                    items.Add(" [" + Names.Of(attribute.Constructor) + " " + MetadataNames.Hex(_reader.GetBlobBytes(attribute.Value)) + "]");
                }

                items.Sort(StringComparer.Ordinal);
                return string.Concat(items);
            }

            private void Constant(StringBuilder text, ConstantHandle handle)
            {
                if (handle.IsNil)
                {
                    return;
                }

                System.Reflection.Metadata.Constant constant = _reader.GetConstant(handle);
                text.Append(" = ").Append(constant.TypeCode.ToString()).Append(' ').Append(MetadataNames.Hex(_reader.GetBlobBytes(constant.Value)));
            }

            /// <summary>
            /// The size of a field's initial data (an array initializer): the field's type is a primitive or a value
            /// type whose class layout gives its size; 0 when neither tells.
            /// </summary>
            private int InitialDataSize(FieldDefinition field)
            {
                BlobReader signature = _reader.GetBlobReader(field.Signature);
                signature.ReadSignatureHeader();
                SignatureTypeCode code = signature.ReadSignatureTypeCode();
                switch (code)
                {
                    case SignatureTypeCode.Boolean: case SignatureTypeCode.SByte: case SignatureTypeCode.Byte: return 1;
                    case SignatureTypeCode.Char: case SignatureTypeCode.Int16: case SignatureTypeCode.UInt16: return 2;
                    case SignatureTypeCode.Int32: case SignatureTypeCode.UInt32: case SignatureTypeCode.Single: return 4;
                    case SignatureTypeCode.Int64: case SignatureTypeCode.UInt64: case SignatureTypeCode.Double: return 8;
                    case SignatureTypeCode.TypeHandle:
                        EntityHandle type = signature.ReadTypeHandle();
                        return type.Kind == HandleKind.TypeDefinition
                            ? _reader.GetTypeDefinition((TypeDefinitionHandle)type).GetLayout().Size
                            : 0;
                    default:
                        return 0;
                }
            }

            /// <summary>A string with the source root at its start written as &lt;root&gt;, and its separators as '/'.</summary>
            private string RelativeToRoot(string value)
            {
                foreach (string root in _roots)
                {
                    if (value.StartsWith(root, StringComparison.Ordinal) &&
                        (value.Length == root.Length || value[root.Length] == '/' || value[root.Length] == '\\'))
                    {
                        return "<root>" + value.Substring(root.Length).Replace('\\', '/');
                    }
                }

                return value;
            }

            private static string[] Roots(string? sourceRoot)
            {
                if (string.IsNullOrEmpty(sourceRoot))
                {
                    return Array.Empty<string>();
                }

                string root = Path.GetFullPath(sourceRoot).TrimEnd('/', '\\');
                if (root.Length == 0)
                {
                    return Array.Empty<string>();
                }

                return new[] { root, root.Replace('\\', '/'), root.Replace('/', '\\') };
            }

            private static string Quote(string value) =>
                "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";

            private static string N(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

            private static string Flags(int flags) => flags.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
