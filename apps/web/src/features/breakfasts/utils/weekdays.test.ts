import { weekdayName, weekdayOptions } from './weekdays';

describe('weekdays', () => {
  it('names the ISO weekdays, Monday first, in the reader language', () => {
    expect(weekdayOptions('en').map((option) => option.label)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(weekdayOptions('ca').map((option) => option.label)).toEqual([
      'Dilluns',
      'Dimarts',
      'Dimecres',
      'Dijous',
      'Divendres',
      'Dissabte',
      'Diumenge',
    ]);
    expect(weekdayOptions('es').map((option) => option.label)).toEqual([
      'Lunes',
      'Martes',
      'Miércoles',
      'Jueves',
      'Viernes',
      'Sábado',
      'Domingo',
    ]);
    expect(weekdayOptions('en').map((option) => option.value)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('keeps the lower case of Catalan and Spanish inside a sentence', () => {
    expect(weekdayName(4, 'ca')).toBe('dijous');
    expect(weekdayName(4, 'es')).toBe('jueves');
    expect(weekdayName(7, 'en')).toBe('Sunday');
  });
});
