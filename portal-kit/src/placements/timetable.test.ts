import { describe, expect, it } from 'vitest';
import { describeSession, attendancePatternOf, hoursOfTimetable, parseTime, readTimetable, sessionFieldId, sortTimetable, timetableFieldOf } from './timetable';

function formWith(entries: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.set(name, value);
  return form;
}

describe('timetable hours', () => {
  it('adds up the sessions and applies the 18-hour full-time guide', () => {
    const twoDays = ['TUESDAY', 'THURSDAY'].flatMap(() => [
      { startTime: '09:00', endTime: '12:00' },
      { startTime: '13:00', endTime: '15:30' },
    ]);
    expect(hoursOfTimetable(twoDays)).toBe(11);
    expect(attendancePatternOf(11)).toBe('PART_TIME');
    expect(attendancePatternOf(18)).toBe('FULL_TIME');
    expect(hoursOfTimetable([])).toBe(0);
  });
});

describe('parseTime', () => {
  it('accepts times as people type them', () => {
    expect(parseTime('9:00')).toBe('09:00');
    expect(parseTime(' 09.30 ')).toBe('09:30');
    expect(parseTime('1530')).toBe('15:30');
    expect(parseTime('24:00')).toBeUndefined();
    expect(parseTime('9:60')).toBeUndefined();
    expect(parseTime('nine')).toBeUndefined();
  });
});

describe('sessions', () => {
  it('names and orders them Monday morning first', () => {
    expect(describeSession('MONDAY', 'AM')).toBe('Monday morning');
    expect(sessionFieldId('FRIDAY', 'PM', 'end')).toBe('timetable-FRIDAY-PM-end');
    const sorted = sortTimetable([
      { weekday: 'FRIDAY', session: 'AM' },
      { weekday: 'MONDAY', session: 'PM' },
      { weekday: 'MONDAY', session: 'AM' },
    ] as const);
    expect(sorted.map((item) => `${item.weekday}-${item.session}`)).toEqual(['MONDAY-AM', 'MONDAY-PM', 'FRIDAY-AM']);
  });
});

describe('readTimetable', () => {
  it('reads the ticked sessions with their times, in order', () => {
    const form = formWith({
      'timetable-WEDNESDAY-PM': 'yes',
      'timetable-WEDNESDAY-PM-start': '13:00',
      'timetable-WEDNESDAY-PM-end': '15:00',
      'timetable-MONDAY-AM': 'yes',
      'timetable-MONDAY-AM-start': '9:15',
      'timetable-MONDAY-AM-end': '12.00',
      // Times of an unticked session are ignored.
      'timetable-TUESDAY-AM-start': '09:00',
    });
    expect(readTimetable(form)).toEqual({
      sessions: [
        { weekday: 'MONDAY', session: 'AM', startTime: '09:15', endTime: '12:00' },
        { weekday: 'WEDNESDAY', session: 'PM', startTime: '13:00', endTime: '15:00' },
      ],
      errors: [],
    });
  });

  it('asks for at least one session', () => {
    expect(readTimetable(formWith({})).errors).toEqual([{ field: 'timetable-MONDAY-AM', message: 'Choose at least one session the pupil attends' }]);
  });

  it('explains missing, unreal and back-to-front times for each session', () => {
    const form = formWith({
      'timetable-MONDAY-AM': 'yes',
      'timetable-MONDAY-AM-start': '',
      'timetable-MONDAY-AM-end': '12:00',
      'timetable-TUESDAY-PM': 'yes',
      'timetable-TUESDAY-PM-start': '13:00',
      'timetable-TUESDAY-PM-end': '25:00',
      'timetable-FRIDAY-AM': 'yes',
      'timetable-FRIDAY-AM-start': '11:00',
      'timetable-FRIDAY-AM-end': '10:00',
      'timetable-THURSDAY-AM': 'yes',
      'timetable-THURSDAY-AM-start': '12:30',
      'timetable-THURSDAY-AM-end': '14:00',
      'timetable-THURSDAY-PM': 'yes',
      'timetable-THURSDAY-PM-start': '08:00',
      'timetable-THURSDAY-PM-end': '11:00',
    });
    expect(readTimetable(form).errors).toEqual([
      { field: 'timetable-MONDAY-AM-start', message: 'Enter the start time for Monday morning' },
      { field: 'timetable-TUESDAY-PM-end', message: 'End time for Tuesday afternoon must be a real time, like 09:00' },
      { field: 'timetable-THURSDAY-AM-start', message: 'Thursday morning is a morning session: it must start before 12:00' },
      { field: 'timetable-THURSDAY-PM-end', message: 'Thursday afternoon is an afternoon session: it must end after 12:00' },
      { field: 'timetable-FRIDAY-AM-end', message: 'End time for Friday morning must be after its start time' },
    ]);
  });
});

describe('timetableFieldOf', () => {
  it('finds the box an API problem is about', () => {
    const sent = [
      { weekday: 'MONDAY', session: 'AM' },
      { weekday: 'TUESDAY', session: 'PM' },
    ] as const;
    expect(timetableFieldOf('timetable[1].endTime', sent)).toBe('timetable-TUESDAY-PM-end');
    expect(timetableFieldOf('timetable[0].startTime', sent)).toBe('timetable-MONDAY-AM-start');
    expect(timetableFieldOf('timetable[1]', sent)).toBe('timetable-TUESDAY-PM');
    expect(timetableFieldOf('timetable', sent)).toBe('timetable-MONDAY-AM');
    expect(timetableFieldOf('timetable[5].endTime', sent)).toBe('timetable[5].endTime');
    expect(timetableFieldOf('startDate', sent)).toBe('startDate');
  });
});
