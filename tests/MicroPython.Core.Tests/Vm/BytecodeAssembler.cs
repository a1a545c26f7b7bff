using System;
using System.Collections.Generic;
using MicroPython.Bytecode;

namespace MicroPython.Tests.Vm;

/// <summary>Qstr and constant tables shared by the raw codes of one hand-assembled test module.</summary>
internal sealed class TestModule
{
    public List<string> Qstrs { get; } = new() { "<test>" };

    public List<object?> Constants { get; } = new();

    public int Q(string s)
    {
        int i = Qstrs.IndexOf(s);
        if (i >= 0)
        {
            return i;
        }

        Qstrs.Add(s);
        return Qstrs.Count - 1;
    }

    public int C(object? value)
    {
        Constants.Add(value);
        return Constants.Count - 1;
    }

    public CompiledModule Build(RawCode root) => new(Qstrs, Constants, root);
}

/// <summary>
/// A tiny assembler for MicroPython bytecode, for VM tests that must not depend on the compiler: it writes the
/// prelude with <see cref="Prelude"/>'s encoders, always uses the 2-byte jump form, and resolves labels.
/// </summary>
internal sealed class Asm
{
    private readonly TestModule _module;
    private readonly List<byte> _code = new();
    private readonly Dictionary<string, int> _labels = new();
    private readonly List<(int At, string Label, bool Signed)> _fixups = new();
    private readonly List<RawCode> _children = new();
    private readonly List<(int Bytes, int Lines)> _lines = new();
    private int _lastLineOffset;

    public Asm(TestModule module, string name, int nState, int nExcStack = 0, int flags = 0, string[]? args = null, int nKwOnly = 0, int nDefPos = 0, byte[]? cells = null)
    {
        _module = module;
        Name = name;
        NState = nState;
        NExcStack = nExcStack;
        Flags = flags;
        Args = args ?? Array.Empty<string>();
        NKwOnly = nKwOnly;
        NDefPos = nDefPos;
        Cells = cells ?? Array.Empty<byte>();
    }

    public string Name { get; }

    public int NState { get; }

    public int NExcStack { get; }

    public int Flags { get; }

    public string[] Args { get; }

    public int NKwOnly { get; }

    public int NDefPos { get; }

    public byte[] Cells { get; }

    public int Offset => _code.Count;

    public Asm Child(RawCode child)
    {
        _children.Add(child);
        return this;
    }

    /// <summary>Records that the following code is <paramref name="lines"/> lines further down.</summary>
    public Asm Line(int lines)
    {
        _lines.Add((_code.Count - _lastLineOffset, lines));
        _lastLineOffset = _code.Count;
        return this;
    }

    public Asm Op(byte op)
    {
        _code.Add(op);
        return this;
    }

    public Asm Uint(byte op, int value)
    {
        _code.Add(op);
        VarUint.WriteUnsigned(_code, (ulong)value);
        return this;
    }

    public Asm Qstr(byte op, string name) => Uint(op, _module.Q(name));

    public Asm Int(long value)
    {
        if (value >= -16 && value <= 47)
        {
            return Op((byte)(0x80 + value));
        }

        _code.Add(Opcodes.LoadConstSmallInt);
        VarUint.WriteSigned(_code, value);
        return this;
    }

    public Asm Const(object? value) => Uint(Opcodes.LoadConstObj, _module.C(value));

    public Asm Str(string s) => Qstr(Opcodes.LoadConstString, s);

    public Asm None() => Op(Opcodes.LoadConstNone);

    public Asm LoadFast(int slot) => slot < 16 ? Op((byte)(Opcodes.LoadFastMulti + slot)) : Uint(Opcodes.LoadFastN, slot);

    public Asm StoreFast(int slot) => slot < 16 ? Op((byte)(Opcodes.StoreFastMulti + slot)) : Uint(Opcodes.StoreFastN, slot);

    public Asm LoadName(string n) => Qstr(Opcodes.LoadName, n);

    public Asm StoreName(string n) => Qstr(Opcodes.StoreName, n);

    public Asm LoadGlobal(string n) => Qstr(Opcodes.LoadGlobal, n);

    public Asm Bin(BinaryOp op) => Op((byte)(Opcodes.BinaryOpMulti + (int)op));

    public Asm Unary(UnaryOp op) => Op((byte)(Opcodes.UnaryOpMulti + (int)op));

    public Asm Call(int nPos, int nKw = 0) => Uint(Opcodes.CallFunction, (nKw << 8) | nPos);

    public Asm CallMethod(int nPos, int nKw = 0) => Uint(Opcodes.CallMethod, (nKw << 8) | nPos);

    public Asm Return() => Op(Opcodes.ReturnValue);

    public Asm Pop() => Op(Opcodes.PopTop);

    /// <summary><c>print(TOS)</c> via the builtin, leaving nothing on the stack.</summary>
    public Asm Print()
    {
        LoadName("print");
        Op(Opcodes.RotTwo);
        Call(1);
        return Pop();
    }

    public Asm Jump(byte op, string label, int extra = -1)
    {
        _code.Add(op);
        _fixups.Add((_code.Count, label, Opcodes.IsSignedJump(op)));
        _code.Add(0);
        _code.Add(0);
        if (extra >= 0)
        {
            _code.Add((byte)extra);
        }

        return this;
    }

    public Asm Label(string label)
    {
        _labels[label] = _code.Count;
        return this;
    }

    public RawCode Build()
    {
        foreach (var (at, label, signed) in _fixups)
        {
            int target = _labels[label];
            int d = target - (at + 2);
            int raw = signed ? d + 0x4000 : d;
            _code[at] = (byte)(0x80 | (raw & 0x7F));
            _code[at + 1] = (byte)(raw >> 7);
        }

        var info = new List<byte>();
        VarUint.WriteUnsigned(info, (ulong)_module.Q(Name));
        foreach (var a in Args)
        {
            VarUint.WriteUnsigned(info, (ulong)_module.Q(a));
        }

        foreach (var (bytes, lines) in _lines)
        {
            Prelude.EncodeLineStep(info, bytes, lines);
        }

        var all = new List<byte>();
        Prelude.EncodeSignature(all, NState, NExcStack, Flags, Args.Length - NKwOnly, NKwOnly, NDefPos);
        Prelude.EncodeSize(all, info.Count, Cells.Length);
        all.AddRange(info);
        all.AddRange(Cells);
        all.AddRange(_code);
        return new RawCode(RawCodeKind.Bytecode, all.ToArray(), _children);
    }
}
