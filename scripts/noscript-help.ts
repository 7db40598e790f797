// The help numbers shown when JavaScript is off, made at build time from the one help data file.
import { getHelpLine, hoursText } from '../src/help/index.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function noscriptHelp(): string {
  const line = (id: 'kindertelefoon' | 'veilig_thuis') => {
    const help = getHelpLine(id);
    const phone = help.channels.find((channel) => channel.kind === 'phone');
    const hours = phone ? ` (${hoursText(phone.hours, 'nl')})` : '';
    return `<li><a href="tel:${help.tel}">${escape(help.name)}: ${escape(help.phone)}</a>${escape(hours)}</li>`;
  };
  return [
    '<noscript><div class="noscript-help">',
    '<p>Dit spel heeft JavaScript nodig. Hulp kan altijd.</p>',
    '<p><strong>Direct gevaar? Bel <a href="tel:112">112</a></strong></p>',
    `<ul>${line('kindertelefoon')}${line('veilig_thuis')}</ul>`,
    '</div></noscript>',
  ].join('');
}
