import type { ChatPerfumeCard as Card } from '@scentence/api/schemas';
import { ChatPerfumeCard } from './ChatPerfumeCard';

/** The perfumes an answer names, as cards under its text. */
export function ChatCards({ cards }: { cards: readonly Card[] }) {
  if (cards.length === 0) return null;
  return (
    <ul className="chat-cards" data-testid="chat-cards">
      {cards.map((card) => (
        <li key={card.perfume.id}>
          <ChatPerfumeCard card={card} />
        </li>
      ))}
    </ul>
  );
}
