namespace MicroPython.Bytecode;

/// <summary>
/// MicroPython's opcode bytes (bytecode of .mpy version 6). The numbering is an interchange format: .mpy files
/// move between this project and real MicroPython, so these values must never change.
/// </summary>
public static class Opcodes
{
    // qstr operand
    public const byte LoadConstString = 0x10;
    public const byte LoadName = 0x11;
    public const byte LoadGlobal = 0x12;
    public const byte LoadAttr = 0x13;
    public const byte LoadMethod = 0x14;
    public const byte LoadSuperMethod = 0x15;
    public const byte StoreName = 0x16;
    public const byte StoreGlobal = 0x17;
    public const byte StoreAttr = 0x18;
    public const byte DeleteName = 0x19;
    public const byte DeleteGlobal = 0x1A;
    public const byte ImportName = 0x1B;
    public const byte ImportFrom = 0x1C;

    // var-uint operand
    public const byte MakeClosure = 0x20;
    public const byte MakeClosureDefargs = 0x21;
    public const byte LoadConstSmallInt = 0x22;
    public const byte LoadConstObj = 0x23;
    public const byte LoadFastN = 0x24;
    public const byte LoadDeref = 0x25;
    public const byte StoreFastN = 0x26;
    public const byte StoreDeref = 0x27;
    public const byte DeleteFast = 0x28;
    public const byte DeleteDeref = 0x29;
    public const byte BuildTuple = 0x2A;
    public const byte BuildList = 0x2B;
    public const byte BuildMap = 0x2C;
    public const byte BuildSet = 0x2D;
    public const byte BuildSlice = 0x2E;
    public const byte StoreComp = 0x2F;
    public const byte UnpackSequence = 0x30;
    public const byte UnpackEx = 0x31;
    public const byte MakeFunction = 0x32;
    public const byte MakeFunctionDefargs = 0x33;
    public const byte CallFunction = 0x34;
    public const byte CallFunctionVarKw = 0x35;
    public const byte CallMethod = 0x36;
    public const byte CallMethodVarKw = 0x37;

    // jump offset operand (0x40-0x44 signed, the rest unsigned)
    public const byte UnwindJump = 0x40;
    public const byte Jump = 0x42;
    public const byte PopJumpIfTrue = 0x43;
    public const byte PopJumpIfFalse = 0x44;
    public const byte JumpIfTrueOrPop = 0x45;
    public const byte JumpIfFalseOrPop = 0x46;
    public const byte SetupWith = 0x47;
    public const byte SetupExcept = 0x48;
    public const byte SetupFinally = 0x49;
    public const byte PopExceptJump = 0x4A;
    public const byte ForIter = 0x4B;

    // no operand
    public const byte LoadConstFalse = 0x50;
    public const byte LoadConstNone = 0x51;
    public const byte LoadConstTrue = 0x52;
    public const byte LoadNull = 0x53;
    public const byte LoadBuildClass = 0x54;
    public const byte LoadSubscr = 0x55;
    public const byte StoreSubscr = 0x56;
    public const byte DupTop = 0x57;
    public const byte DupTopTwo = 0x58;
    public const byte PopTop = 0x59;
    public const byte RotTwo = 0x5A;
    public const byte RotThree = 0x5B;
    public const byte WithCleanup = 0x5C;
    public const byte EndFinally = 0x5D;
    public const byte GetIter = 0x5E;
    public const byte GetIterStack = 0x5F;
    public const byte StoreMap = 0x62;
    public const byte ReturnValue = 0x63;
    public const byte RaiseLast = 0x64;
    public const byte RaiseObj = 0x65;
    public const byte RaiseFrom = 0x66;
    public const byte YieldValue = 0x67;
    public const byte YieldFrom = 0x68;
    public const byte ImportStar = 0x69;

    // "multi" ranges: the argument is inside the opcode
    public const byte LoadConstSmallIntMulti = 0x70; // value = op - 0x80, -16..47
    public const int LoadConstSmallIntMultiExcess = 0x80;
    public const int SmallIntMultiMin = -16;
    public const int SmallIntMultiMax = 47;
    public const byte LoadFastMulti = 0xB0; // slot = op - 0xB0, 0..15
    public const byte StoreFastMulti = 0xC0; // slot = op - 0xC0, 0..15
    public const byte UnaryOpMulti = 0xD0; // op - 0xD0, see UnaryOpKind
    public const byte BinaryOpMulti = 0xD7; // op - 0xD7, see BinaryOpKind

    /// <summary>Bit set in the UNWIND_JUMP extra byte: also drop a for-loop iterator (4 slots).</summary>
    public const byte UnwindJumpDropIterator = 0x80;

    /// <summary>Number of value-stack slots a for-loop iterator occupies (GET_ITER_STACK).</summary>
    public const int IteratorSlots = 4;

    /// <summary>STORE_COMP kinds (low two bits of the operand).</summary>
    public const int StoreCompList = 0;
    public const int StoreCompDict = 1;
    public const int StoreCompSet = 2;

    /// <summary>True when the opcode carries the extra byte after its operand (MAKE_CLOSURE*, UNWIND_JUMP).</summary>
    public static bool HasExtraByte(byte op) => (op & 0x9E) == 0;

    /// <summary>True for jump opcodes whose offset is signed (UNWIND_JUMP … POP_JUMP_IF_FALSE).</summary>
    public static bool IsSignedJump(byte op) => op >= UnwindJump && op <= PopJumpIfFalse;

    /// <summary>Operand format of an opcode, from its high nibble (py/bc0.h).</summary>
    public static OperandFormat FormatOf(byte op) => (OperandFormat)((0x000003A4 >> (2 * (op >> 4))) & 3);
}

/// <summary>How an opcode's operand is encoded.</summary>
public enum OperandFormat
{
    /// <summary>No operand (or the argument is inside the opcode).</summary>
    Byte = 0,

    /// <summary>vuint index into the module's qstr table.</summary>
    Qstr = 1,

    /// <summary>vuint (or signed var-int for LOAD_CONST_SMALL_INT).</summary>
    VarUint = 2,

    /// <summary>1- or 2-byte jump offset.</summary>
    Offset = 3,
}

/// <summary>Unary operators, numbered as in MicroPython's runtime0.h (0-3 appear in bytecode).</summary>
public enum UnaryOp : byte
{
    Positive = 0,
    Negative = 1,
    Invert = 2,
    Not = 3,

    // run-time only
    Bool = 4,
    Len = 5,
    Hash = 6,
    Abs = 7,
    Int = 8,
    Float = 9,
    Complex = 10,
    SizeOf = 11,
}

/// <summary>Binary operators, numbered as in MicroPython's runtime0.h (0-34 appear in bytecode).</summary>
public enum BinaryOp : byte
{
    Less = 0,
    More = 1,
    Equal = 2,
    LessEqual = 3,
    MoreEqual = 4,
    NotEqual = 5,
    In = 6,
    Is = 7,
    ExceptionMatch = 8,

    InplaceOr = 9,
    InplaceXor = 10,
    InplaceAnd = 11,
    InplaceLShift = 12,
    InplaceRShift = 13,
    InplaceAdd = 14,
    InplaceSubtract = 15,
    InplaceMultiply = 16,
    InplaceMatMultiply = 17,
    InplaceFloorDivide = 18,
    InplaceTrueDivide = 19,
    InplaceModulo = 20,
    InplacePower = 21,

    Or = 22,
    Xor = 23,
    And = 24,
    LShift = 25,
    RShift = 26,
    Add = 27,
    Subtract = 28,
    Multiply = 29,
    MatMultiply = 30,
    FloorDivide = 31,
    TrueDivide = 32,
    Modulo = 33,
    Power = 34,

    // run-time only
    DivMod = 35,
    Contains = 36,
    ReverseOr = 37,
    ReverseXor = 38,
    ReverseAnd = 39,
    ReverseLShift = 40,
    ReverseRShift = 41,
    ReverseAdd = 42,
    ReverseSubtract = 43,
    ReverseMultiply = 44,
    ReverseMatMultiply = 45,
    ReverseFloorDivide = 46,
    ReverseTrueDivide = 47,
    ReverseModulo = 48,
    ReversePower = 49,
}
