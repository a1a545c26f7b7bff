using System;
using System.Collections.Generic;
using MicroPython.Bytecode;
using Xunit;

namespace MicroPython.Tests.Compiler;

/// <summary>Jump encodings, relaxation, unreachable code, stack depth and line records of the emitter.</summary>
public class BytecodeEmitterTests
{
    private static BytecodeEmitter NewEmitter(ModuleTables? tables = null) =>
        new(tables ?? new ModuleTables("t.py"), scopePass: false, noLineNumbers: false);

    private static PreludeInfo Info(int numLocals = 0) =>
        new(numLocals, 0, 0, 0, 0, 0, 1, Array.Empty<int>(), new List<int>());

    /// <summary>The opcodes of an assembled scope (after the prelude).</summary>
    private static byte[] Opcodes(byte[] code)
    {
        int start = Prelude.Decode(code).CodeStart;
        return code.AsSpan(start).ToArray();
    }

    private static void Filler(BytecodeEmitter emitter, int bytes)
    {
        for (int i = 0; i < bytes; i++)
        {
            emitter.LoadConstNone();
        }
    }

    [Fact]
    public void ForwardPopJumpIfFalseOf372UsesTheTwoByteForm()
    {
        BytecodeEmitter e = NewEmitter();
        int label = e.NewLabel();
        e.PopJumpIf(false, label);
        Filler(e, 372);
        e.LabelAssign(label);
        e.ReturnValue();
        byte[] ops = Opcodes(e.Assemble(Info()));
        Assert.Equal(new byte[] { 0x44, 0xF4, 0x82 }, ops[..3]);
        Assert.Equal(3 + 372 + 1, ops.Length);
    }

    [Fact]
    public void BackwardPopJumpIfTrueOfMinus380UsesTheTwoByteForm()
    {
        BytecodeEmitter e = NewEmitter();
        int label = e.NewLabel();
        e.LabelAssign(label);
        Filler(e, 377);
        e.PopJumpIf(true, label);
        byte[] ops = Opcodes(e.Assemble(Info()));
        Assert.Equal(new byte[] { 0x43, 0x84, 0x7D }, ops[377..]);
    }

    [Fact]
    public void ShortJumpsUseOneByte()
    {
        BytecodeEmitter e = NewEmitter();
        int forward = e.NewLabel();
        int backward = e.NewLabel();
        e.LabelAssign(backward);
        Filler(e, 14);
        e.PopJumpIf(true, backward);
        e.PopJumpIf(false, forward);
        Filler(e, 13);
        e.LabelAssign(forward);
        byte[] ops = Opcodes(e.Assemble(Info()));
        Assert.Equal(new byte[] { 0x43, 0x30 }, ops[14..16]);
        Assert.Equal(new byte[] { 0x44, 0x4D }, ops[16..18]);
    }

    [Fact]
    public void ForwardJumpSizeIsDecidedWithTheJumpStillInItsLongForm()
    {
        // d is measured as if this jump were 1 byte long while the layout still has it at 2 offset bytes, so
        // jumping over 126 bytes shrinks (then holding 126) but over 127 bytes stays long, holding d - 1 = 127.
        BytecodeEmitter e = NewEmitter();
        int end = e.NewLabel();
        e.ForIter(end);
        Filler(e, 126);
        e.LabelAssign(end);
        Assert.Equal(new byte[] { 0x4B, 0x7E }, Opcodes(e.Assemble(Info()))[..2]);

        e = NewEmitter();
        end = e.NewLabel();
        e.ForIter(end);
        Filler(e, 127);
        e.LabelAssign(end);
        Assert.Equal(new byte[] { 0x4B, 0xFF, 0x00 }, Opcodes(e.Assemble(Info()))[..3]);

        e = NewEmitter();
        end = e.NewLabel();
        e.ForIter(end);
        Filler(e, 4);
        e.LabelAssign(end);
        Assert.Equal(new byte[] { 0x4B, 0x04 }, Opcodes(e.Assemble(Info()))[..2]);
    }

    [Fact]
    public void SignedJumpThatJustMissesOneByteHoldsSixtyThreeInTwoBytes()
    {
        BytecodeEmitter e = NewEmitter();
        int end = e.NewLabel();
        e.PopJumpIf(true, end);
        Filler(e, 63);
        e.LabelAssign(end);
        Assert.Equal(new byte[] { 0x43, 0xBF, 0x80 }, Opcodes(e.Assemble(Info()))[..3]);
    }

    [Fact]
    public void UnwindJumpCarriesItsExtraByteAfterTheOffset()
    {
        BytecodeEmitter e = NewEmitter();
        int end = e.NewLabel();
        e.UnwindJump(end, 2, breakFromFor: false);
        e.LabelAssign(end);
        Assert.Equal(new byte[] { 0x40, 0x41, 0x02 }, Opcodes(e.Assemble(Info())));

        e = NewEmitter();
        end = e.NewLabel();
        e.UnwindJump(end, 2, breakFromFor: false);
        e.LabelAssign(e.NewLabel());
        Filler(e, 62);
        e.LabelAssign(end);
        Assert.Equal(new byte[] { 0x40, 0xBF, 0x80, 0x02 }, Opcodes(e.Assemble(Info()))[..4]);

        e = NewEmitter();
        end = e.NewLabel();
        e.UnwindJump(end, 1, breakFromFor: true);
        e.LabelAssign(end);
        Assert.Equal(new byte[] { 0x40, 0x41, 0x81 }, Opcodes(e.Assemble(Info())));
    }

    [Fact]
    public void BreakOutOfAForLoopWithoutBlocksPopsTheIterator()
    {
        BytecodeEmitter e = NewEmitter();
        int end = e.NewLabel();
        e.UnwindJump(end, 0, breakFromFor: true);
        e.LabelAssign(end);
        Assert.Equal(new byte[] { 0x59, 0x59, 0x59, 0x59, 0x42, 0x40 }, Opcodes(e.Assemble(Info())));
    }

    [Fact]
    public void RelaxationShrinksChainedJumpsUntilStable()
    {
        // Jump A spans jump B; A fits one byte only once B has shrunk.
        BytecodeEmitter e = NewEmitter();
        int a = e.NewLabel();
        int b = e.NewLabel();
        e.Jump(a);
        e.LabelAssign(e.NewLabel());
        e.Jump(b);
        e.LabelAssign(e.NewLabel());
        Filler(e, 60);
        e.LabelAssign(b);
        e.LabelAssign(a);
        byte[] ops = Opcodes(e.Assemble(Info()));
        Assert.Equal(new byte[] { 0x42, 0x40 + 62, 0x42, 0x40 + 60 }, ops[..4]);
        Assert.Equal(64, ops.Length);
    }

    [Fact]
    public void CodeAfterAnUnconditionalTransferIsDroppedUntilTheNextLabel()
    {
        var tables = new ModuleTables("t.py");
        BytecodeEmitter e = NewEmitter(tables);
        e.LoadConstNone();
        e.ReturnValue();
        e.LoadAttr("dead");
        e.LoadConstObj(1.5);
        int label = e.NewLabel();
        e.LabelAssign(label);
        e.LoadConstTrue();
        e.ReturnValue();
        Assert.Equal(new byte[] { 0x51, 0x63, 0x52, 0x63 }, Opcodes(e.Assemble(Info())));

        // The dropped instructions still entered the tables and the stack estimate.
        Assert.Contains("dead", tables.Qstrs);
        Assert.Contains(1.5, tables.Constants);
        Assert.Equal(2, e.MaxStack);
    }

    [Fact]
    public void StateSizeIsLocalsPlusMaximumStackAndAtLeastOne()
    {
        BytecodeEmitter e = NewEmitter();
        e.LoadConstNone();
        e.ReturnValue();
        Assert.Equal(1, Prelude.Decode(e.Assemble(Info())).NState);

        e = NewEmitter();
        e.LoadConstSmallInt(1);
        e.LoadConstSmallInt(2);
        e.LoadConstSmallInt(3);
        e.Build(3, BuildKind.Tuple);
        e.ReturnValue();
        Assert.Equal(3 + 2, Prelude.Decode(e.Assemble(Info(numLocals: 2))).NState);
    }

    [Fact]
    public void LineRecordsOnlyMoveForwardAndCountBytesSinceTheLastRecord()
    {
        BytecodeEmitter e = NewEmitter();
        e.SetSourceLine(1);
        e.LoadConstNone();
        e.SetSourceLine(3);
        e.LoadConstNone();
        e.LoadConstNone();
        e.SetSourceLine(2);
        e.SetSourceLine(4);
        e.ReturnValue();
        byte[] code = e.Assemble(Info());
        Prelude prelude = Prelude.Decode(code);
        Assert.Equal(new byte[] { 0x41, 0x22 }, code[prelude.LineTableStart..prelude.LineTableEnd]);
        Assert.Equal(1, prelude.LineFor(code, prelude.CodeStart));
        Assert.Equal(3, prelude.LineFor(code, prelude.CodeStart + 1));
        Assert.Equal(4, prelude.LineFor(code, prelude.CodeStart + 3));
    }

    [Fact]
    public void SmallIntsUseTheMultiOpcodeWhenTheyFit()
    {
        BytecodeEmitter e = NewEmitter();
        e.LoadConstSmallInt(-16);
        e.LoadConstSmallInt(47);
        e.LoadConstSmallInt(48);
        e.LoadConstSmallInt(-100);
        e.LoadConstSmallInt(-17);
        Assert.Equal(new byte[] { 0x70, 0xAF, 0x22, 0x30, 0x22, 0xFF, 0x1C, 0x22, 0x6F }, Opcodes(e.Assemble(Info())));
    }

    [Fact]
    public void LocalsUseTheMultiOpcodeUpToSlotFifteen()
    {
        BytecodeEmitter e = NewEmitter();
        e.LoadFast(15);
        e.LoadFast(16);
        e.StoreFast(0);
        e.StoreFast(200);
        Assert.Equal(new byte[] { 0xBF, 0x24, 0x10, 0xC0, 0x26, 0x81, 0x48 }, Opcodes(e.Assemble(Info(numLocals: 201))));
    }

    [Fact]
    public void ConstantTableDeduplicatesByStrictEquality()
    {
        var tables = new ModuleTables("t.py");
        Assert.Equal(0, tables.UseConstant(0.0));
        Assert.Equal(1, tables.UseConstant(-0.0));
        Assert.Equal(0, tables.UseConstant(0.0));
        Assert.Equal(2, tables.UseConstant(new object?[] { 1L, "a" }));
        Assert.Equal(2, tables.UseConstant(new object?[] { 1L, "a" }));
        Assert.Equal(3, tables.UseConstant(true));
        Assert.Equal(4, tables.UseConstant(1L));
        Assert.Equal(5, tables.UseConstant(null));
        Assert.Equal(5, tables.UseConstant(null));
        Assert.Equal(6, tables.UseConstant(new byte[] { 1 }));
        Assert.Equal(6, tables.UseConstant(new byte[] { 1 }));
        Assert.Equal(new[] { "t.py" }, tables.Qstrs);
    }
}
