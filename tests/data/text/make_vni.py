# Encodes NFC Vietnamese as VNI-Windows bytes (table: xvnkb vni.h, seen through the search tool).
import sys, unicodedata as u
TONES = {'\u0301':0,'\u0300':1,'\u0309':2,'\u0303':3,'\u0323':4}
PLAIN = [0xF9,0xF8,0xFB,0xF5,0xEF]; CIRC=[0xE1,0xE0,0xE5,0xE3,0xE4]; BREVE=[0xE9,0xE8,0xFA,0xFC,0xEB]
I_T = [0xED,0xEC,0xE6,0xF3,0xF2]
def up(b, upper): return b - 0x20 if upper else b
out = bytearray()
for ch in sys.stdin.read():
    d = u.normalize('NFD', ch); base = d[0]; marks = d[1:]; lo = base.lower(); upper = base != lo
    tone = next((TONES[m] for m in marks if m in TONES), None)
    if ch in 'đĐ': out.append(up(0xF1, ch=='Đ')); continue
    if not marks: out += ch.encode('ascii'); continue
    if lo == 'i' and tone is not None: out.append(up(I_T[tone], upper)); continue
    if lo == 'y' and tone == 4: out.append(up(0xEE, upper)); continue
    if '\u031b' in marks:  # horn: ơ ư
        out.append(up(0xF4 if lo=='o' else 0xF6, upper))
        if tone is not None: out.append(up(PLAIN[tone], upper))
        continue
    out += base.encode('ascii')
    if '\u0302' in marks: out.append(up(CIRC[tone] if tone is not None else 0xE2, upper))
    elif '\u0306' in marks: out.append(up(BREVE[tone] if tone is not None else 0xEA, upper))
    elif tone is not None: out.append(up(PLAIN[tone], upper))
sys.stdout.buffer.write(bytes(out))
