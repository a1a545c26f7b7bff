using System;
using System.Collections.Generic;

namespace MicroPython.Bytecode;

/// <summary>Kinds of exception block for <see cref="BytecodeEmitter.SetupBlock"/> (py/emit.h MP_EMIT_SETUP_BLOCK_*).</summary>
internal enum SetupBlockKind
{
    With = 0,
    Except = 1,
    Finally = 2,
}

/// <summary>Kinds of container for <see cref="BytecodeEmitter.Build"/>.</summary>
internal enum BuildKind
{
    Tuple = 0,
    List = 1,
    Map = 2,
    Set = 3,
    Slice = 4,
}

/// <summary>
/// Writes the bytecode of one scope, as py/emitbc.c does: opcodes with their operands, forward/backward labels,
/// the running stack depth (a linear estimate that also counts unreachable code), source-line records, and at
/// the end the prelude and the jump-size relaxation.
/// </summary>
/// <remarks>
/// After an unconditional transfer (JUMP, UNWIND_JUMP, POP_EXCEPT_JUMP, RETURN_VALUE, RAISE_*) output is suppressed
/// until the next label: such code is unreachable. Suppressed instructions still register their qstrs, constants
/// and children and still count towards the stack depth, as in MicroPython. In the scope pass
/// (<c>scopePass = true</c>) only that registration happens.
/// </remarks>
internal sealed class BytecodeEmitter
{
    private readonly ModuleTables _tables;
    private readonly bool _scopePass;
    private readonly bool _noLineNumbers;

    // Non-jump bytes in order; each jump sits between two of them and is sized only when assembling.
    private readonly List<byte> _bytes = new();
    private readonly RecordList<JumpRecord> _jumps = new();
    private readonly RecordList<Position> _labels = new();
    private readonly RecordList<LineRecord> _lineRecords = new();
    private readonly List<object> _children = new();

    private bool _suppress;
    private int _stack;
    private int _lastLine = 1;

    public BytecodeEmitter(ModuleTables tables, bool scopePass, bool noLineNumbers)
    {
        _tables = tables;
        _scopePass = scopePass;
        _noLineNumbers = noLineNumbers;
    }

    /// <summary>Largest stack depth seen.</summary>
    public int MaxStack { get; private set; }

    /// <summary>Objects passed to <see cref="MakeFunction"/>/<see cref="MakeClosure"/>, in child-index order.</summary>
    public IReadOnlyList<object> Children => _children;

    /// <summary>True while output is suppressed because the code is unreachable.</summary>
    public bool IsSuppressed => _suppress;

    public int NewLabel()
    {
        _labels.Add(new Position(-1, 0));
        return _labels.Count - 1;
    }

    /// <summary>Places <paramref name="label"/> here; code after a label is reachable again.</summary>
    public void LabelAssign(int label)
    {
        _suppress = false;
        _labels[label] = new Position(_bytes.Count, _jumps.Count);
    }

    /// <summary>Records that code from here on belongs to <paramref name="line"/> (only if it is a later line).</summary>
    public void SetSourceLine(int line)
    {
        if (_noLineNumbers || _scopePass)
        {
            return;
        }

        if (line > _lastLine)
        {
            _lineRecords.Add(new LineRecord(new Position(_bytes.Count, _jumps.Count), line));
            _lastLine = line;
        }
    }

    public void AdjustStackSize(int delta)
    {
        _stack += delta;
        if (_stack > MaxStack)
        {
            MaxStack = _stack;
        }
    }

    // ---- constants ----

    public void LoadConstNone() => Write(1, Opcodes.LoadConstNone);

    public void LoadConstTrue() => Write(1, Opcodes.LoadConstTrue);

    public void LoadConstFalse() => Write(1, Opcodes.LoadConstFalse);

    public void LoadConstSmallInt(long value)
    {
        if (value >= Opcodes.SmallIntMultiMin && value <= Opcodes.SmallIntMultiMax)
        {
            Write(1, (byte)(Opcodes.LoadConstSmallIntMultiExcess + value));
        }
        else
        {
            AdjustStackSize(1);
            if (!Suppressed)
            {
                _bytes.Add(Opcodes.LoadConstSmallInt);
                VarUint.WriteSigned(_bytes, value);
            }
        }
    }

    public void LoadConstString(string value) => WriteQstr(1, Opcodes.LoadConstString, value);

    public void LoadConstObj(object? value) => WriteUint(1, Opcodes.LoadConstObj, (ulong)_tables.UseConstant(value));

    public void LoadNull() => Write(1, Opcodes.LoadNull);

    // ---- names ----

    public void LoadFast(int slot)
    {
        if (slot <= 15)
        {
            Write(1, (byte)(Opcodes.LoadFastMulti + slot));
        }
        else
        {
            WriteUint(1, Opcodes.LoadFastN, (ulong)slot);
        }
    }

    public void LoadDeref(int slot) => WriteUint(1, Opcodes.LoadDeref, (ulong)slot);

    public void StoreFast(int slot)
    {
        if (slot <= 15)
        {
            Write(-1, (byte)(Opcodes.StoreFastMulti + slot));
        }
        else
        {
            WriteUint(-1, Opcodes.StoreFastN, (ulong)slot);
        }
    }

    public void StoreDeref(int slot) => WriteUint(-1, Opcodes.StoreDeref, (ulong)slot);

    public void DeleteFast(int slot) => WriteUint(0, Opcodes.DeleteFast, (ulong)slot);

    public void DeleteDeref(int slot) => WriteUint(0, Opcodes.DeleteDeref, (ulong)slot);

    public void LoadName(string name) => WriteQstr(1, Opcodes.LoadName, name);

    public void LoadGlobal(string name) => WriteQstr(1, Opcodes.LoadGlobal, name);

    public void StoreName(string name) => WriteQstr(-1, Opcodes.StoreName, name);

    public void StoreGlobal(string name) => WriteQstr(-1, Opcodes.StoreGlobal, name);

    public void DeleteName(string name) => WriteQstr(0, Opcodes.DeleteName, name);

    public void DeleteGlobal(string name) => WriteQstr(0, Opcodes.DeleteGlobal, name);

    // ---- attributes, subscripts, imports ----

    public void LoadAttr(string name) => WriteQstr(0, Opcodes.LoadAttr, name);

    public void StoreAttr(string name) => WriteQstr(-2, Opcodes.StoreAttr, name);

    /// <summary><c>del obj.name</c>: storing NULL deletes.</summary>
    public void DeleteAttr(string name)
    {
        LoadNull();
        RotTwo();
        StoreAttr(name);
    }

    public void LoadMethod(string name, bool isSuper) =>
        WriteQstr(isSuper ? -1 : 1, isSuper ? Opcodes.LoadSuperMethod : Opcodes.LoadMethod, name);

    public void LoadSubscr() => Write(-1, Opcodes.LoadSubscr);

    public void StoreSubscr() => Write(-3, Opcodes.StoreSubscr);

    /// <summary><c>del obj[idx]</c>: storing NULL deletes.</summary>
    public void DeleteSubscr()
    {
        LoadNull();
        RotThree();
        StoreSubscr();
    }

    public void ImportName(string name) => WriteQstr(-1, Opcodes.ImportName, name);

    public void ImportFrom(string name) => WriteQstr(1, Opcodes.ImportFrom, name);

    public void ImportStar() => Write(-1, Opcodes.ImportStar);

    // ---- stack ----

    public void DupTop() => Write(1, Opcodes.DupTop);

    public void DupTopTwo() => Write(2, Opcodes.DupTopTwo);

    public void PopTop() => Write(-1, Opcodes.PopTop);

    public void RotTwo() => Write(0, Opcodes.RotTwo);

    public void RotThree() => Write(0, Opcodes.RotThree);

    // ---- control flow ----

    public void Jump(int label)
    {
        WriteJump(0, Opcodes.Jump, label, -1);
        _suppress = true;
    }

    public void PopJumpIf(bool condition, int label) =>
        WriteJump(-1, condition ? Opcodes.PopJumpIfTrue : Opcodes.PopJumpIfFalse, label, -1);

    public void JumpIfOrPop(bool condition, int label) =>
        WriteJump(-1, condition ? Opcodes.JumpIfTrueOrPop : Opcodes.JumpIfFalseOrPop, label, -1);

    /// <summary>
    /// <c>break</c>/<c>continue</c>: a plain JUMP (after popping the for-iterator when breaking out of a for loop)
    /// when no exception block is crossed, else UNWIND_JUMP with the number of blocks to unwind.
    /// </summary>
    public void UnwindJump(int label, int exceptDepth, bool breakFromFor)
    {
        if (exceptDepth == 0)
        {
            if (breakFromFor)
            {
                for (int i = 0; i < Opcodes.IteratorSlots; i++)
                {
                    Write(0, Opcodes.PopTop);
                }
            }

            WriteJump(0, Opcodes.Jump, label, -1);
        }
        else
        {
            WriteJump(0, Opcodes.UnwindJump, label, (breakFromFor ? Opcodes.UnwindJumpDropIterator : 0) | exceptDepth);
        }

        _suppress = true;
    }

    public void SetupBlock(int label, SetupBlockKind kind)
    {
        // SETUP_WITH pops the context manager and pushes __exit__, the manager and the entered value.
        byte op = kind switch
        {
            SetupBlockKind.With => Opcodes.SetupWith,
            SetupBlockKind.Except => Opcodes.SetupExcept,
            _ => Opcodes.SetupFinally,
        };
        WriteJump(kind == SetupBlockKind.With ? 2 : 0, op, label, -1);
    }

    /// <summary>End of a with body: push None, place the cleanup label, WITH_CLEANUP.</summary>
    public void WithCleanup(int label)
    {
        LoadConstNone();
        LabelAssign(label);

        // +2 leaves room to call __exit__; -4 cancels it and the +2 of SETUP_WITH.
        Write(2, Opcodes.WithCleanup);
        AdjustStackSize(-4);
    }

    public void EndFinally() => Write(-1, Opcodes.EndFinally);

    public void GetIter(bool useStack) =>
        Write(useStack ? Opcodes.IteratorSlots - 1 : 0, useStack ? Opcodes.GetIterStack : Opcodes.GetIter);

    public void ForIter(int label) => WriteJump(1, Opcodes.ForIter, label, -1);

    public void ForIterEnd() => AdjustStackSize(-Opcodes.IteratorSlots);

    public void PopExceptJump(int label)
    {
        WriteJump(0, Opcodes.PopExceptJump, label, -1);
        _suppress = true;
    }

    /// <summary>Room for the exception instance plus a possible UNWIND_JUMP state.</summary>
    public void StartExceptHandler() => AdjustStackSize(4);

    public void EndExceptHandler() => AdjustStackSize(-3);

    // ---- operators and containers ----

    public void UnaryOperation(UnaryOp op) => Write(0, (byte)(Opcodes.UnaryOpMulti + (byte)op));

    public void BinaryOperation(BinaryOp op) => Write(-1, (byte)(Opcodes.BinaryOpMulti + (byte)op));

    public void Build(int count, BuildKind kind)
    {
        byte op = kind switch
        {
            BuildKind.Tuple => Opcodes.BuildTuple,
            BuildKind.List => Opcodes.BuildList,
            BuildKind.Map => Opcodes.BuildMap,
            BuildKind.Set => Opcodes.BuildSet,
            _ => Opcodes.BuildSlice,
        };
        WriteUint(kind == BuildKind.Map ? 1 : 1 - count, op, (ulong)count);
    }

    public void StoreMap() => Write(-2, Opcodes.StoreMap);

    /// <summary>STORE_COMP for a list/dict/set comprehension whose collection is <paramref name="collectionIndex"/> below the item.</summary>
    public void StoreComp(int kind, int collectionIndex)
    {
        int n = kind == Opcodes.StoreCompDict ? 1 : 0;
        WriteUint(-1 - n, Opcodes.StoreComp, (ulong)(((collectionIndex + n) << 2) | kind));
    }

    public void UnpackSequence(int count) => WriteUint(-1 + count, Opcodes.UnpackSequence, (ulong)count);

    public void UnpackEx(int before, int after) => WriteUint(before + after, Opcodes.UnpackEx, (ulong)(before | (after << 8)));

    // ---- functions and calls ----

    public void MakeFunction(object child, int nPosDefaults, int nKwDefaults)
    {
        int index = AllocChild(child);
        if (nPosDefaults == 0 && nKwDefaults == 0)
        {
            WriteUint(1, Opcodes.MakeFunction, (ulong)index);
        }
        else
        {
            WriteUint(-1, Opcodes.MakeFunctionDefargs, (ulong)index);
        }
    }

    public void MakeClosure(object child, int nClosedOver, int nPosDefaults, int nKwDefaults)
    {
        int index = AllocChild(child);
        bool defaults = nPosDefaults != 0 || nKwDefaults != 0;
        AdjustStackSize(defaults ? -2 - nClosedOver + 1 : -nClosedOver + 1);
        if (!Suppressed)
        {
            _bytes.Add(defaults ? Opcodes.MakeClosureDefargs : Opcodes.MakeClosure);
            VarUint.WriteUnsigned(_bytes, (ulong)index);
            _bytes.Add((byte)nClosedOver);
        }
    }

    public void CallFunction(int nPositional, int nKeyword, bool hasStar) =>
        CallHelper(0, Opcodes.CallFunction, nPositional, nKeyword, hasStar);

    public void CallMethod(int nPositional, int nKeyword, bool hasStar) =>
        CallHelper(-1, Opcodes.CallMethod, nPositional, nKeyword, hasStar);

    public void LoadBuildClass() => Write(1, Opcodes.LoadBuildClass);

    public void ReturnValue()
    {
        Write(-1, Opcodes.ReturnValue);
        _suppress = true;
    }

    /// <summary>RAISE_LAST (0 args), RAISE_OBJ (1) or RAISE_FROM (2).</summary>
    public void RaiseVarargs(int nArgs)
    {
        Write(-nArgs, (byte)(Opcodes.RaiseLast + nArgs));
        _suppress = true;
    }

    public void YieldValue() => Write(0, Opcodes.YieldValue);

    public void YieldFrom() => Write(-1, Opcodes.YieldFrom);

    /// <summary>
    /// Finishes the scope: relaxes the jumps and returns prelude + source info + cells + opcodes (mpy-format.md §8).
    /// </summary>
    /// <exception cref="InvalidOperationException">A jump does not fit 2 bytes (MicroPython's "bytecode overflow").</exception>
    public byte[] Assemble(in PreludeInfo prelude)
    {
        int[] sizes = RelaxJumps(out int[] prefix);

        var output = new List<byte>(_bytes.Count + (_jumps.Count * 3) + 16);
        int nState = prelude.NumLocals + MaxStack;
        if (nState == 0)
        {
            // An exception escaping the function is returned in the highest state slot, so there is always one.
            nState = 1;
        }

        Prelude.EncodeSignature(output, nState, prelude.NExcStack, prelude.ScopeFlags, prelude.NPosArgs, prelude.NKwOnlyArgs, prelude.NDefPosArgs);

        var info = new List<byte>();
        VarUint.WriteUnsigned(info, (ulong)prelude.SimpleName);
        foreach (int arg in prelude.ArgNames)
        {
            VarUint.WriteUnsigned(info, (ulong)arg);
        }

        int lastOffset = 0;
        int lastLine = 1;
        for (int r = 0; r < _lineRecords.Count; r++)
        {
            LineRecord record = _lineRecords[r];
            int offset = OffsetOf(record.Where, prefix);
            Prelude.EncodeLineStep(info, offset - lastOffset, record.Line - lastLine);
            lastOffset = offset;
            lastLine = record.Line;
        }

        Prelude.EncodeSize(output, info.Count, prelude.Cells.Count);
        output.AddRange(info);
        foreach (int cell in prelude.Cells)
        {
            output.Add((byte)cell);
        }

        int codeStart = output.Count;
        int fixedPos = 0;
        for (int k = 0; k < _jumps.Count; k++)
        {
            JumpRecord jump = _jumps[k];
            while (fixedPos < jump.FixedPosition)
            {
                output.Add(_bytes[fixedPos++]);
            }

            int address = output.Count - codeStart;
            int target = OffsetOf(_labels[jump.Label], prefix);
            int distance = target - (address + 2);
            bool signed = Opcodes.IsSignedJump(jump.Opcode);
            output.Add(jump.Opcode);
            int operandSize = sizes[k] - (jump.Extra >= 0 ? 2 : 1);
            if (operandSize == 1)
            {
                output.Add((byte)(signed ? distance + 0x40 : distance));
            }
            else
            {
                int value = distance - 1;
                if (signed)
                {
                    value += 0x4000;
                }

                if (value < 0 || value > 0x7FFF)
                {
                    throw new InvalidOperationException("bytecode overflow");
                }

                output.Add((byte)(0x80 | (value & 0x7F)));
                output.Add((byte)(value >> 7));
            }

            if (jump.Extra >= 0)
            {
                output.Add((byte)jump.Extra);
            }
        }

        while (fixedPos < _bytes.Count)
        {
            output.Add(_bytes[fixedPos++]);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Starts every jump in its 2-byte form and shrinks jumps whose distance fits one byte until nothing changes;
    /// sizes only ever shrink, so this reaches the same layout as MicroPython's repeated emit passes.
    /// </summary>
    private int[] RelaxJumps(out int[] prefix)
    {
        int n = _jumps.Count;
        int[] sizes = new int[n];
        for (int k = 0; k < n; k++)
        {
            sizes[k] = _jumps[k].Extra >= 0 ? 4 : 3;
        }

        prefix = new int[n + 1];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int k = 0; k < n; k++)
            {
                prefix[k + 1] = prefix[k] + sizes[k];
            }

            for (int k = 0; k < n; k++)
            {
                JumpRecord jump = _jumps[k];
                int address = jump.FixedPosition + prefix[k];
                int target = OffsetOf(_labels[jump.Label], prefix);
                int distance = target - (address + 2);
                bool small = Opcodes.IsSignedJump(jump.Opcode)
                    ? distance >= -64 && distance <= 63
                    : distance >= 0 && distance <= 127;
                int size = (small ? 2 : 3) + (jump.Extra >= 0 ? 1 : 0);
                if (size != sizes[k])
                {
                    sizes[k] = size;
                    changed = true;
                }
            }
        }

        for (int k = 0; k < n; k++)
        {
            prefix[k + 1] = prefix[k] + sizes[k];
        }

        return sizes;
    }

    private static int OffsetOf(Position position, int[] prefix)
    {
        if (position.FixedPosition < 0)
        {
            throw new InvalidOperationException("jump to a label that was never placed");
        }

        return position.FixedPosition + prefix[position.JumpCount];
    }

    private bool Suppressed => _suppress || _scopePass;

    private int AllocChild(object child)
    {
        _children.Add(child);
        return _children.Count - 1;
    }

    private void CallHelper(int stackAdjust, byte op, int nPositional, int nKeyword, bool hasStar)
    {
        // Each keyword argument is a name/value pair; a star call also pushes the bitmap.
        if (hasStar)
        {
            WriteUint(stackAdjust - nPositional - (2 * nKeyword) - 1, (byte)(op + 1), (ulong)((nKeyword << 8) | nPositional));
        }
        else
        {
            WriteUint(stackAdjust - nPositional - (2 * nKeyword), op, (ulong)((nKeyword << 8) | nPositional));
        }
    }

    private void Write(int stackAdjust, byte op)
    {
        AdjustStackSize(stackAdjust);
        if (!Suppressed)
        {
            _bytes.Add(op);
        }
    }

    private void WriteUint(int stackAdjust, byte op, ulong argument)
    {
        AdjustStackSize(stackAdjust);
        if (!Suppressed)
        {
            _bytes.Add(op);
            VarUint.WriteUnsigned(_bytes, argument);
        }
    }

    private void WriteQstr(int stackAdjust, byte op, string name)
    {
        // Registered even when unreachable, which fixes the qstr table order.
        int index = _tables.UseQstr(name);
        WriteUint(stackAdjust, op, (ulong)index);
    }

    private void WriteJump(int stackAdjust, byte op, int label, int extra)
    {
        AdjustStackSize(stackAdjust);
        if (!Suppressed)
        {
            _jumps.Add(new JumpRecord(_bytes.Count, op, label, extra));
        }
    }

    private readonly record struct Position(int FixedPosition, int JumpCount);

    private readonly record struct JumpRecord(int FixedPosition, byte Opcode, int Label, int Extra);

    private readonly record struct LineRecord(Position Where, int Line);
}

/// <summary>The prelude fields of a scope (everything but the stack depth, which the emitter measured).</summary>
internal readonly struct PreludeInfo
{
    public PreludeInfo(int numLocals, int nExcStack, int scopeFlags, int nPosArgs, int nKwOnlyArgs, int nDefPosArgs, int simpleName, int[] argNames, List<int> cells)
    {
        NumLocals = numLocals;
        NExcStack = nExcStack;
        ScopeFlags = scopeFlags;
        NPosArgs = nPosArgs;
        NKwOnlyArgs = nKwOnlyArgs;
        NDefPosArgs = nDefPosArgs;
        SimpleName = simpleName;
        ArgNames = argNames;
        Cells = cells;
    }

    public int NumLocals { get; }

    public int NExcStack { get; }

    public int ScopeFlags { get; }

    public int NPosArgs { get; }

    public int NKwOnlyArgs { get; }

    public int NDefPosArgs { get; }

    /// <summary>Qstr index of the simple name.</summary>
    public int SimpleName { get; }

    /// <summary>Qstr indices of the argument names in slot order.</summary>
    public int[] ArgNames { get; }

    /// <summary>Slots to wrap in cells on entry, in the order the scope lists them.</summary>
    public List<int> Cells { get; }
}
