/**
 * Plays a series of tones with the Web Audio API (no library). The context is
 * created on the first play, which only a click starts: browsers refuse sound
 * before a gesture, and nothing should play on its own. A null is a rest.
 */
export interface Playback {
  stop(): void;
}

/** Seconds per value: a 30-year series lasts about 7 seconds. */
export const TONE_SECONDS = 0.22;

let context: AudioContext | null = null;

export function playTones(frequencies: (number | null)[], done: () => void): Playback {
  context ??= new AudioContext();
  const ctx = context;
  void ctx.resume();
  const start = ctx.currentTime + 0.05;
  const gain = ctx.createGain();
  gain.gain.value = 0;
  gain.connect(ctx.destination);
  const osc = ctx.createOscillator();
  osc.type = 'sine';
  osc.connect(gain);
  frequencies.forEach((f, k) => {
    const at = start + k * TONE_SECONDS;
    if (f === null) {
      gain.gain.setValueAtTime(0, at);
      return;
    }
    osc.frequency.setValueAtTime(f, at);
    // A short ramp in and out of each note so the steps do not click.
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.2, at + 0.02);
    gain.gain.setValueAtTime(0.2, at + TONE_SECONDS - 0.04);
    gain.gain.linearRampToValueAtTime(0, at + TONE_SECONDS - 0.01);
  });
  const end = start + frequencies.length * TONE_SECONDS;
  osc.start(start);
  osc.stop(end);
  let stopped = false;
  osc.onended = () => {
    if (!stopped) done();
  };
  return {
    stop() {
      stopped = true;
      try {
        osc.stop();
      } catch {
        // Already stopped.
      }
      gain.disconnect();
    },
  };
}
