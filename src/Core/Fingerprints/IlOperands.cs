using System;

namespace AiFactory.Core.Fingerprints
{
    /// <summary>What follows an IL opcode (ECMA-335 partition III): its size, and whether it is a metadata token.</summary>
    internal enum IlOperandKind
    {
        /// <summary>No operand.</summary>
        None,

        /// <summary>A 1-byte number, local or argument index, or branch offset.</summary>
        Int8,

        /// <summary>A 2-byte local or argument index.</summary>
        Int16,

        /// <summary>A 4-byte number or branch offset.</summary>
        Int32,

        /// <summary>An 8-byte number.</summary>
        Int64,

        /// <summary>A 4-byte metadata token (method, field, type, signature or user string).</summary>
        Token,

        /// <summary>A count n followed by n 4-byte branch offsets.</summary>
        Switch,
    }

    /// <summary>The operand of every IL opcode, for walking a method body instruction by instruction.</summary>
    internal static class IlOperands
    {
        /// <summary>The prefix of the two-byte opcodes.</summary>
        public const byte TwoBytePrefix = 0xFE;

        /// <summary>The operand of the one-byte opcode <paramref name="code"/>.</summary>
        public static IlOperandKind OfOneByte(byte code)
        {
            switch (code)
            {
                // ldarg.s, ldarga.s, starg.s, ldloc.s, ldloca.s, stloc.s, ldc.i4.s
                case 0x0E: case 0x0F: case 0x10: case 0x11: case 0x12: case 0x13: case 0x1F:
                    return IlOperandKind.Int8;

                // br.s … blt.un.s (0x2B–0x37), leave.s
                case 0xDE:
                    return IlOperandKind.Int8;

                // ldc.i4, ldc.r4
                case 0x20: case 0x22:
                    return IlOperandKind.Int32;

                // ldc.i8, ldc.r8
                case 0x21: case 0x23:
                    return IlOperandKind.Int64;

                // br … blt.un (0x38–0x44), leave
                case 0xDD:
                    return IlOperandKind.Int32;

                case 0x45:
                    return IlOperandKind.Switch;

                // jmp, call, calli, callvirt, cpobj, ldobj, ldstr, newobj, castclass, isinst, unbox, ldfld, ldflda,
                // stfld, ldsfld, ldsflda, stsfld, stobj, box, newarr, ldelema, ldelem, stelem, unbox.any, refanyval,
                // mkrefany, ldtoken
                case 0x27: case 0x28: case 0x29: case 0x6F: case 0x70: case 0x71: case 0x72: case 0x73: case 0x74:
                case 0x75: case 0x79: case 0x7B: case 0x7C: case 0x7D: case 0x7E: case 0x7F: case 0x80: case 0x81:
                case 0x8C: case 0x8D: case 0x8F: case 0xA3: case 0xA4: case 0xA5: case 0xC2: case 0xC6: case 0xD0:
                    return IlOperandKind.Token;
            }

            if (code >= 0x2B && code <= 0x37)
            {
                return IlOperandKind.Int8;
            }

            if (code >= 0x38 && code <= 0x44)
            {
                return IlOperandKind.Int32;
            }

            return IlOperandKind.None;
        }

        /// <summary>The operand of the two-byte opcode 0xFE <paramref name="code"/>.</summary>
        public static IlOperandKind OfTwoByte(byte code)
        {
            switch (code)
            {
                // ldftn, ldvirtftn, initobj, constrained., sizeof
                case 0x06: case 0x07: case 0x15: case 0x16: case 0x1C:
                    return IlOperandKind.Token;

                // ldarg, ldarga, starg, ldloc, ldloca, stloc
                case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x0E:
                    return IlOperandKind.Int16;

                // unaligned., no.
                case 0x12: case 0x19:
                    return IlOperandKind.Int8;

                default:
                    return IlOperandKind.None;
            }
        }

        /// <summary>The bytes the operand takes, for every kind but <see cref="IlOperandKind.Switch"/>.</summary>
        public static int Size(IlOperandKind kind)
        {
            switch (kind)
            {
                case IlOperandKind.None: return 0;
                case IlOperandKind.Int8: return 1;
                case IlOperandKind.Int16: return 2;
                case IlOperandKind.Int32: return 4;
                case IlOperandKind.Int64: return 8;
                case IlOperandKind.Token: return 4;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "a switch's size depends on its count");
            }
        }
    }
}
