using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection.Metadata;
using System.Text;

namespace AiFactory.Core.Fingerprints
{
    /// <summary>
    /// Names for what a metadata token or a signature points at — types by assembly, namespace and name, members by
    /// their type, name and signature — so that a fingerprint depends on what the code refers to and not on where the
    /// compiler happened to put it in its tables.
    /// </summary>
    internal sealed class MetadataNames : ISignatureTypeProvider<string, object?>
    {
        private readonly MetadataReader _reader;

        public MetadataNames(MetadataReader reader)
        {
            _reader = reader;
        }

        /// <summary>The name of what <paramref name="handle"/> (a token's entity) refers to.</summary>
        public string Of(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return "";
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return TypeName((TypeDefinitionHandle)handle);
                case HandleKind.TypeReference:
                    return TypeName((TypeReferenceHandle)handle);
                case HandleKind.TypeSpecification:
                    return _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                case HandleKind.MethodDefinition:
                    return Method((MethodDefinitionHandle)handle);
                case HandleKind.FieldDefinition:
                    return Field((FieldDefinitionHandle)handle);
                case HandleKind.MemberReference:
                    return Member((MemberReferenceHandle)handle);
                case HandleKind.MethodSpecification:
                    MethodSpecification spec = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    return Of(spec.Method) + "<" + string.Join(",", spec.DecodeSignature(this, null)) + ">";
                case HandleKind.StandaloneSignature:
                    return StandaloneSignature((StandaloneSignatureHandle)handle);
                case HandleKind.ModuleReference:
                    return "[module " + _reader.GetString(_reader.GetModuleReference((ModuleReferenceHandle)handle).Name) + "]";
                case HandleKind.AssemblyReference:
                    return AssemblyName((AssemblyReferenceHandle)handle);
                case HandleKind.ModuleDefinition:
                    return "[this module]";
                default:
                    throw new BadImageFormatException($"A metadata token of kind {handle.Kind} where none is expected.");
            }
        }

        /// <summary>A type defined here: namespace.Name, nested types as Outer/Inner.</summary>
        public string TypeName(TypeDefinitionHandle handle)
        {
            TypeDefinition type = _reader.GetTypeDefinition(handle);
            string name = _reader.GetString(type.Name);
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return TypeName(declaring) + "/" + name;
            }

            string ns = _reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        /// <summary>A method defined here: Type::Name with its signature.</summary>
        public string Method(MethodDefinitionHandle handle)
        {
            MethodDefinition method = _reader.GetMethodDefinition(handle);
            return TypeName(method.GetDeclaringType()) + "::" + _reader.GetString(method.Name) + MethodSignature(method.DecodeSignature(this, null));
        }

        /// <summary>A field defined here: Type::Name : its type.</summary>
        public string Field(FieldDefinitionHandle handle)
        {
            FieldDefinition field = _reader.GetFieldDefinition(handle);
            return TypeName(field.GetDeclaringType()) + "::" + _reader.GetString(field.Name) + " : " + field.DecodeSignature(this, null);
        }

        /// <summary>A referenced assembly as it is bound: name, version, culture and public key (or its token).</summary>
        public string AssemblyName(AssemblyReferenceHandle handle)
        {
            AssemblyReference reference = _reader.GetAssemblyReference(handle);
            string culture = _reader.GetString(reference.Culture);
            return "[" + _reader.GetString(reference.Name) + ", " + reference.Version.ToString() +
                   ", " + (culture.Length == 0 ? "neutral" : culture) + ", " + Hex(_reader.GetBlobBytes(reference.PublicKeyOrToken)) + "]";
        }

        /// <summary>A method signature: (calling convention) generic arity, parameters and return type.</summary>
        public static string MethodSignature(MethodSignature<string> signature)
        {
            var text = new StringBuilder();
            if (signature.Header.IsGeneric)
            {
                text.Append('`').Append(signature.GenericParameterCount.ToString(CultureInfo.InvariantCulture));
            }

            text.Append('(');
            for (int i = 0; i < signature.ParameterTypes.Length; i++)
            {
                if (i == signature.RequiredParameterCount)
                {
                    text.Append("...,");
                }

                text.Append(signature.ParameterTypes[i]).Append(i + 1 < signature.ParameterTypes.Length ? "," : "");
            }

            text.Append(')').Append(signature.ReturnType);
            if (signature.Header.HasExplicitThis || signature.Header.IsInstance)
            {
                text.Append(" instance");
            }

            if (signature.Header.CallingConvention != SignatureCallingConvention.Default)
            {
                text.Append(' ').Append(signature.Header.CallingConvention.ToString());
            }

            return text.ToString();
        }

        /// <summary>Bytes as lower-case hex.</summary>
        public static string Hex(byte[] bytes)
        {
            var text = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private static string Numbers(ImmutableArray<int> values)
        {
            var text = new StringBuilder();
            foreach (int value in values)
            {
                text.Append(text.Length == 0 ? "" : ",").Append(value.ToString(CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        private string TypeName(TypeReferenceHandle handle)
        {
            TypeReference type = _reader.GetTypeReference(handle);
            string name = _reader.GetString(type.Name);
            string ns = _reader.GetString(type.Namespace);
            string full = ns.Length == 0 ? name : ns + "." + name;
            EntityHandle scope = type.ResolutionScope;
            if (scope.IsNil)
            {
                return full;
            }

            switch (scope.Kind)
            {
                case HandleKind.TypeReference:
                    return TypeName((TypeReferenceHandle)scope) + "/" + full;
                case HandleKind.AssemblyReference:
                    // The assembly's simple name: its version is fingerprinted once, with the references.
                    return "[" + _reader.GetString(_reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) + "]" + full;
                default:
                    return Of(scope) + full;
            }
        }

        private string Member(MemberReferenceHandle handle)
        {
            MemberReference member = _reader.GetMemberReference(handle);
            string name = Of(member.Parent) + "::" + _reader.GetString(member.Name);
            return member.GetKind() == MemberReferenceKind.Method
                ? name + MethodSignature(member.DecodeMethodSignature(this, null))
                : name + " : " + member.DecodeFieldSignature(this, null);
        }

        private string StandaloneSignature(StandaloneSignatureHandle handle)
        {
            StandaloneSignature signature = _reader.GetStandaloneSignature(handle);
            return signature.GetKind() == StandaloneSignatureKind.LocalVariables
                ? "locals(" + string.Join(",", signature.DecodeLocalSignature(this, null)) + ")"
                : "method" + MethodSignature(signature.DecodeMethodSignature(this, null));
        }

        // ISignatureTypeProvider: every type in a signature as text.

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => TypeName(handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => TypeName(handle);

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) =>
            elementType + "[" + shape.Rank.ToString(CultureInfo.InvariantCulture) + ":" + Numbers(shape.Sizes) + ":" + Numbers(shape.LowerBounds) + "]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType + " pinned";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            genericType + "<" + string.Join(",", typeArguments) + ">";

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index.ToString(CultureInfo.InvariantCulture);

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index.ToString(CultureInfo.InvariantCulture);

        public string GetFunctionPointerType(MethodSignature<string> signature) => "method" + MethodSignature(signature);

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) =>
            unmodifiedType + (isRequired ? " modreq(" : " modopt(") + modifier + ")";
    }
}
